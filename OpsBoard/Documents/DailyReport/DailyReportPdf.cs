using System.Globalization;
using Microsoft.Extensions.Localization;
using OpsBoard.Documents.Layout;

namespace OpsBoard.Documents.DailyReport;

/// <summary>Draws the manager's daily report in the current culture's language and number formats, states in the team's words.</summary>
public static class DailyReportPdf
{
    public static byte[] Render(DailyReportData data, IStringLocalizer<DocumentText> t, IStringLocalizer<WorkflowText> words, TimeZoneInfo zone)
    {
        var culture = CultureInfo.CurrentCulture;
        var day = data.Day.ToString("d", culture);
        var title = t["DailyReportTitle", day].Value;
        using var flow = new PdfFlow(new DocumentInfo(title, $"daily-report {data.Day:yyyy-MM-dd}", "OpsBoard", data.Moment));
        TextBlock.Paragraph(flow, title, PdfFonts.Bold(16));
        TextBlock.Paragraph(flow, t["FiguresAsOf", BusinessTime.Format(data.Moment, zone, "g", culture), zone.Id], PdfFonts.Regular(8), PdfFonts.Muted);
        flow.Space(8);

        var created = data.Workflows.Sum(w => w.Created);
        var finished = data.Workflows.Sum(w => w.Finished);
        var within = data.Workflows.Sum(w => w.FinishedWithinSla);
        KpiTiles.Draw(flow,
        [
            (t["Created"], N(created)), (t["Finished"], N(finished)),
            (t["SettledUsd"], data.SettledUsd.ToString("N2", culture)), (t["SlaCompliance"], Percent(finished == 0 ? null : (double)within / finished)),
            (t["OpenItems"], N(data.OpenCount)), (t["BreachedOpen"], N(data.Breached)),
            (t["NearBreach"], N(data.NearBreach)), (t["LateMoves"], N(data.Workflows.Sum(w => w.LateMoves))),
        ]);

        TextBlock.Heading(flow, t["ByWorkflow"]);
        new PdfTable([new(t["Workflow"], 2.2), new(t["Created"], 1, true), new(t["Finished"], 1, true), new(t["WithinSla"], 1.3, true),
            new(t["SlaCompliance"], 1.2, true), new(t["LateMoves"], 1.3, true)])
            .Draw(flow, data.Workflows.Select(w => Row(t[$"Type_{w.Type}"], N(w.Created), N(w.Finished), N(w.FinishedWithinSla),
                Percent(w.Compliance), N(w.LateMoves))));

        PartyTable.Draw(flow, data.ByParty, t);

        TextBlock.Heading(flow, t["SettledByCurrency"]);
        new PdfTable([new(t["Currency"]), new(t["Amount"], 2, true)])
            .Draw(flow, Rows(data.SettledByCurrency.Select(s => Row(s.Key, s.Value.ToString("N2", culture))), t));

        TextBlock.Heading(flow, t["OpenByState"]);
        new PdfTable([new(t["Workflow"], 2), new(t["State"], 2), new(t["Count"], 1, true)])
            .Draw(flow, Rows(data.OpenByState.Select(s => Row(t[$"Type_{s.Type}"], words.State(s.State), N(s.Count))), t));

        TextBlock.Heading(flow, t["OldestOpen"]);
        new PdfTable([new(t["Item"], 0.7, true), new(t["Workflow"], 1.6), new(t["Title"], 3), new(t["State"], 1.5), new(t["OpenSince"], 1.5)])
            .Draw(flow, Rows(data.Oldest.Select(o => Row($"#{o.Id}", t[$"Type_{o.Type}"], o.Title, words.State(o.State),
                BusinessTime.Format(o.CreatedAt, zone, "g", culture))), t));

        TextBlock.Heading(flow, t["Agents"]);
        new PdfTable([new(t["Agent"], 2), new(t["Transitions"], 1, true), new(t["Finished"], 1, true), new(t["MedianInHands"], 2, true)])
            .Draw(flow, Rows(data.Agents.Select(a => Row(a.UserName, N(a.Transitions), N(a.Finished), Duration(a.MedianInHands))), t));

        TextBlock.Heading(flow, t["ByHour"]);
        BarChart.Draw(flow, data.TransitionsByHour.Select((n, hour) => (hour.ToString("00", culture), n)).ToList());

        TextBlock.Heading(flow, t["ClaimsByRootCause"]);
        new PdfTable([new(t["RootCause"], 3), new(t["Count"], 1, true)])
            .Draw(flow, Rows(data.ClaimsByRootCause.Select(c => Row(c.Name, N(c.Count))), t));
        TextBlock.Heading(flow, t["ClaimsByParty"]);
        new PdfTable([new(t["ResponsibleParty"], 3), new(t["Count"], 1, true)])
            .Draw(flow, Rows(data.ClaimsByResponsibleParty.Select(c => Row(c.Name, N(c.Count))), t));

        TextBlock.Heading(flow, t["ContactsByChannel"]);
        new PdfTable([new(t["Channel"], 3), new(t["Count"], 1, true)])
            .Draw(flow, Rows(data.ContactsByChannel.Select(c => Row(t[$"Channel_{c.Name}"], N(c.Count))), t));

        TextBlock.Heading(flow, t["OrdersByChannel"]);
        new PdfTable([new(t["Channel"], 2), new(t["State"], 2), new(t["Count"], 1, true)])
            .Draw(flow, Rows(data.OrdersByChannel.Select(o => Row(WorkflowText.Choice(o.Channel), WorkflowText.State(o.State), N(o.Count))), t));

        return flow.Save((page, pages) => t["PageOf", page, pages]);
    }

    private static IReadOnlyList<string> Row(params string[] cells) => cells;

    private static IEnumerable<IReadOnlyList<string>> Rows(IEnumerable<IReadOnlyList<string>> rows, IStringLocalizer<DocumentText> t)
    {
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            yield return row;
        }
        if (!any)
        {
            yield return [t["None"]];
        }
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.CurrentCulture);

    private static string Percent(double? share) => share is { } s ? s.ToString("P1", CultureInfo.CurrentCulture) : "—";

    private static string Duration(TimeSpan? span) => span is { } s
        ? $"{(int)s.TotalHours}:{s.Minutes.ToString("00", CultureInfo.InvariantCulture)}"
        : "—";
}
