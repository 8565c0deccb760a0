using System.Globalization;
using Microsoft.Extensions.Localization;
using OpsBoard.Documents.Layout;

namespace OpsBoard.Documents.ContractsControl;

/// <summary>Draws the daily contracts and SWIFT control in the current culture's language and number formats.</summary>
public static class ContractsControlPdf
{
    public static byte[] Render(ContractsControlData data, IStringLocalizer<DocumentText> t, TimeZoneInfo zone)
    {
        var culture = CultureInfo.CurrentCulture;
        var title = t["ControlTitle", data.Day.ToString("d", culture)].Value;
        using var flow = new PdfFlow(new DocumentInfo(title, $"contracts-control {data.Day:yyyy-MM-dd}", "OpsBoard", data.Moment));
        TextBlock.Paragraph(flow, title, PdfFonts.Bold(16));
        TextBlock.Paragraph(flow, t["FiguresAsOf", BusinessTime.Format(data.Moment, zone, "g", culture), zone.Id], PdfFonts.Regular(8), PdfFonts.Muted);
        flow.Space(8);
        KpiTiles.Draw(flow,
        [
            (t["ControlIssued"], N(data.Issued.Count)), (t["ControlSigned"], N(data.Signed.Count)),
            (t["ControlMissing"], N(data.Missing.Count)), (t["ControlWithoutSwift"], N(data.WithoutSwift.Count)),
            (t["ControlIssuedUsd"], Usd(data.IssuedUsd)), (t["ControlMissingUsd"], Usd(data.MissingUsd)),
            (t["ControlSettled"], N(data.Settled.Count)), (t["ControlSettledUsd"], Usd(data.SettledUsd)),
        ]);
        Section(flow, t, t["ControlIssuedHeading"], data.Issued, t["ControlIssuedAt"], null, zone);
        Section(flow, t, t["ControlSignedHeading"], data.Signed, t["ControlSignedAt"], t["ControlBy"], zone);
        Section(flow, t, t["ControlMissingHeading"], data.Missing, t["ControlIssuedAt"], null, zone);
        Section(flow, t, t["ControlSettledHeading"], data.Settled, t["ControlSettledAt"], t["SwiftReference"], zone, swift: true);
        Section(flow, t, t["ControlWithoutSwiftHeading"], data.WithoutSwift, t["ControlSettledAt"], null, zone);
        return flow.Save((page, pages) => t["PageOf", page, pages]);
    }

    private static void Section(PdfFlow flow, IStringLocalizer<DocumentText> t, string heading, IReadOnlyList<ControlRow> rows, string when, string? last,
        TimeZoneInfo zone, bool swift = false)
    {
        var culture = CultureInfo.CurrentCulture;
        TextBlock.Heading(flow, $"{heading} ({N(rows.Count)})");
        if (rows.Count == 0)
        {
            TextBlock.Paragraph(flow, t["None"], PdfFonts.Regular(9), PdfFonts.Muted);
            return;
        }
        List<PdfColumn> columns = [new(t["ContractNumber"], 1.1), new(t["Item"], 0.7, true), new(t["Client"], 2), new(t["Amount"], 1.5, true),
            new("USD", 1.2, true), new(when, 1.3)];
        if (last is not null)
        {
            columns.Add(new(last, 1.4));
        }
        new PdfTable(columns).Draw(flow, rows.Select(r => (IReadOnlyList<string>)
        [
            r.Number ?? string.Empty, $"#{r.ItemId}", r.Client, $"{r.Currency} {r.Amount.ToString("N2", culture)}",
            r.UsdAmount?.ToString("N2", culture) ?? string.Empty, r.At is { } at ? BusinessTime.Format(at, zone, "g", culture) : string.Empty,
            .. last is null ? Array.Empty<string>() : [swift ? r.SwiftReference ?? t["ControlNoSwift"].Value : r.Who ?? string.Empty],
        ]));
    }

    private static string N(int count) => count.ToString("N0", CultureInfo.CurrentCulture);

    private static string Usd(decimal amount) => amount.ToString("N2", CultureInfo.CurrentCulture);
}
