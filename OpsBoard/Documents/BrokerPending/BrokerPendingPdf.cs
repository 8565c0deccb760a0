using System.Globalization;
using Microsoft.Extensions.Localization;
using OpsBoard.Documents.Layout;

namespace OpsBoard.Documents.BrokerPending;

/// <summary>Draws what waits with the broker: counts by kind and age, then every line, oldest first.</summary>
public static class BrokerPendingPdf
{
    public static byte[] Render(BrokerPendingData data, IStringLocalizer<DocumentText> t, IStringLocalizer<WorkflowText> words, TimeZoneInfo zone)
    {
        var culture = CultureInfo.CurrentCulture;
        var title = t["BrokerPendingTitle", data.Today.ToString("d", culture)].Value;
        using var flow = new PdfFlow(new DocumentInfo(title, $"broker-pending {data.Today:yyyy-MM-dd}", "OpsBoard", data.Moment));
        TextBlock.Paragraph(flow, title, PdfFonts.Bold(16));
        TextBlock.Paragraph(flow, t["PendingAsOf", BusinessTime.Format(data.Moment, zone, "g", culture), zone.Id], PdfFonts.Regular(8), PdfFonts.Muted);
        TextBlock.Paragraph(flow, t["AgeInBusinessDays"], PdfFonts.Regular(8), PdfFonts.Muted);
        flow.Space(8);

        var buckets = BrokerAge.Buckets.Select(b => t["AgeBucket", b].Value).ToList();
        KpiTiles.Draw(flow, [.. buckets.Zip(data.Totals).Select(b => (b.First, N(b.Second)))]);

        TextBlock.Heading(flow, t["ByKindAndAge"]);
        var columns = new List<PdfColumn> { new(t["Kind"], 3) };
        columns.AddRange(buckets.Select(b => new PdfColumn(b, 1, true)));
        columns.Add(new(t["Total"], 1, true));
        var rows = data.ByKind.Select(k => (IReadOnlyList<string>)[Kind(k.Type, k.State, t, words), .. k.Counts.Select(N), N(k.Total)]).ToList();
        rows.Add([t["Total"], .. data.Totals.Select(N), N(data.Rows.Count)]);
        new PdfTable(columns).Draw(flow, rows);

        TextBlock.Heading(flow, t["PendingList"]);
        new PdfTable([new(t["Age"], 0.8, true), new(t["Kind"], 3), new(t["Item"], 0.8, true), new(t["Title"], 2.6), new(t["Since"], 1.7)])
            .Draw(flow, data.Rows.Count == 0 ? [[t["None"]]] : data.Rows.Select(r => (IReadOnlyList<string>)[N(r.AgeDays), Kind(r.Type, r.State, t, words),
                r.Type == BrokerPendingRow.Protocol ? $"№ {r.Reference}" : $"#{r.Reference}",
                r.Type == BrokerPendingRow.Protocol ? t["ProtocolStories", r.Stories] : r.Title,
                BusinessTime.Format(r.Since, zone, "g", culture)]));

        return flow.Save((page, pages) => t["PageOf", page, pages]);
    }

    private static string Kind(string type, string state, IStringLocalizer<DocumentText> t, IStringLocalizer<WorkflowText> words) =>
        type == BrokerPendingRow.Protocol ? t["ProtocolNotSignedBack"] : $"{t[$"Type_{type}"]} — {words.State(state)}";

    private static string N(int n) => n.ToString("N0", CultureInfo.CurrentCulture);
}
