using System.Globalization;
using Microsoft.Extensions.Localization;
using OpsBoard.Documents.DailyReport;
using OpsBoard.Documents.Layout;

namespace OpsBoard.Documents.WeeklyReport;

/// <summary>Draws the weekly report to the company, each figure beside its change since the week before.</summary>
public static class WeeklyReportPdf
{
    public static byte[] Render(WeeklyReportData data, IStringLocalizer<DocumentText> t, TimeZoneInfo zone)
    {
        var culture = CultureInfo.CurrentCulture;
        var (now, before) = (data.Current, data.Previous);
        var name = ReportWeek.Name(now.Monday);
        var title = t["WeeklyReportTitle", name, now.Monday.ToString("d", culture), now.Monday.AddDays(6).ToString("d", culture)].Value;
        using var flow = new PdfFlow(new DocumentInfo(title, $"weekly-report {name}", "OpsBoard", data.Moment));
        TextBlock.Paragraph(flow, title, PdfFonts.Bold(16));
        TextBlock.Paragraph(flow, t["FiguresAsOf", BusinessTime.Format(data.Moment, zone, "g", culture), zone.Id], PdfFonts.Regular(8), PdfFonts.Muted);
        TextBlock.Paragraph(flow, t["ComparedWith", ReportWeek.Name(before.Monday)], PdfFonts.Regular(8), PdfFonts.Muted);
        flow.Space(8);

        KpiTiles.Draw(flow,
        [
            (t["Created"], $"{N(now.Created)}  {Change.Of(now.Created, before.Created)}"),
            (t["Finished"], $"{N(now.Finished)}  {Change.Of(now.Finished, before.Finished)}"),
            (t["Moved"], $"{N(now.Moved)}  {Change.Of(now.Moved, before.Moved)}"),
            (t["LateMoves"], $"{N(now.Late)}  {Change.Of(now.Late, before.Late)}"),
        ]);

        TextBlock.Heading(flow, t["ByDay"]);
        new PdfTable([new(t["Day"], 1.6), new(t["Created"], 1, true), new(t["Change"], 1, true), new(t["Finished"], 1, true), new(t["Change"], 1, true),
            new(t["Moved"], 1, true), new(t["Change"], 1, true), new(t["LateMoves"], 1, true), new(t["Change"], 1, true)])
            .Draw(flow, now.Days.Zip(before.Days).Select(d => Row(d.First.Day.ToString("ddd d", culture),
                N(d.First.Created), Change.Of(d.First.Created, d.Second.Created), N(d.First.Finished), Change.Of(d.First.Finished, d.Second.Finished),
                N(d.First.Moved), Change.Of(d.First.Moved, d.Second.Moved), N(d.First.Late), Change.Of(d.First.Late, d.Second.Late))));

        TextBlock.Heading(flow, t["MovesByDay"]);
        BarChart.Draw(flow, [.. now.Days.Select(d => (d.Day.ToString("ddd d", culture), d.Moved))], 110);

        TextBlock.Heading(flow, t["ByWorkflow"]);
        var points = t["Points"].Value;
        new PdfTable([new(t["Workflow"], 2), new(t["Created"], 1, true), new(t["Change"], 1, true), new(t["Finished"], 1, true), new(t["Change"], 1, true),
            new(t["SlaCompliance"], 1.2, true), new(t["Change"], 1.4, true), new(t["LateMoves"], 1, true), new(t["Change"], 1, true)])
            .Draw(flow, now.Workflows.Select(w => (Now: w, Before: before.Workflows.FirstOrDefault(p => p.Type == w.Type)))
                .Select(w => Row(t[$"Type_{w.Now.Type}"], N(w.Now.Created), Change.Of(w.Now.Created, w.Before?.Created ?? 0),
                    N(w.Now.Finished), Change.Of(w.Now.Finished, w.Before?.Finished ?? 0), Percent(w.Now.Compliance),
                    Change.Of(w.Now.Compliance, w.Before?.Compliance, points), N(w.Now.LateMoves), Change.Of(w.Now.LateMoves, w.Before?.LateMoves ?? 0))));
        TextBlock.Paragraph(flow, $"{t["SlaCompliance"]}: {Percent(now.Compliance)}  {Change.Of(now.Compliance, before.Compliance, points)}", PdfFonts.Regular(9));

        PartyTable.Draw(flow, data.ByParty, t);

        TextBlock.Heading(flow, t["TopLateItems"]);
        TextBlock.Paragraph(flow, t["LateItemsCompared", N(now.LateItemCount), N(before.LateItemCount)], PdfFonts.Regular(9));
        new PdfTable([new(t["Item"], 0.8, true), new(t["Workflow"], 1.8), new(t["Title"], 3.4), new(t["LateBy"], 1.3, true)])
            .Draw(flow, now.TopLate.Count == 0 ? [Row(t["None"])]
                : now.TopLate.Select(l => Row($"#{l.Id}", t[$"Type_{l.Type}"], l.Title, Hours(l.LateBy))));

        return flow.Save((page, pages) => t["PageOf", page, pages]);
    }

    private static IReadOnlyList<string> Row(params string[] cells) => cells;

    private static string N(int n) => n.ToString("N0", CultureInfo.CurrentCulture);

    private static string Percent(double? share) => share is { } s ? s.ToString("P1", CultureInfo.CurrentCulture) : "—";

    /// <summary>Business hours and minutes, e.g. 12:05 h.</summary>
    public static string Hours(TimeSpan span) => $"{(int)span.TotalHours}:{span.Minutes.ToString("00", CultureInfo.InvariantCulture)} h";
}
