using System.Globalization;
using Microsoft.Extensions.Localization;
using OpsBoard.Documents.Layout;
using OpsBoard.Onboarding;

namespace OpsBoard.Documents.ControlSheets;

/// <summary>
/// A dossier's control sheet for the archive: the client, the checklist and how each document came in,
/// who verified it, each area's signature, and whether the client is active or the dossier was cancelled.
/// </summary>
public static class ControlSheetPdf
{
    private const int HashShown = 12;
    private static readonly PdfSharp.Drawing.XColor Cancelled = PdfSharp.Drawing.XColor.FromArgb(176, 42, 55);

    public static byte[] Render(PrintedControlSheet printed, IStringLocalizer<DocumentText> t, IStringLocalizer<OnboardingText> words, TimeZoneInfo zone)
    {
        var sheet = printed.Sheet;
        var culture = CultureInfo.CurrentCulture;
        string When(DateTimeOffset? at) => BusinessTime.Format(at, zone, "g", culture);
        var title = t["ControlSheetTitle", sheet.Client].Value;
        using var flow = new PdfFlow(new DocumentInfo(title, $"control-sheet {sheet.DossierId.ToString(CultureInfo.InvariantCulture)}",
            sheet.VerifiedBy ?? string.Empty, DescribedAt(sheet)));
        TextBlock.Paragraph(flow, title, PdfFonts.Bold(16));
        if (sheet.ArchivedAt is not null || sheet.State == "Archived")
        {
            flow.Space(4);
            TextBlock.Paragraph(flow, t["ArchivedNotice", When(sheet.ArchivedAt)], PdfFonts.Bold(12), Cancelled);
        }
        TextBlock.Heading(flow, t["Client"]);
        var client = new List<(string, string)>
        {
            (t["Client"], sheet.Client),
            (t["ClientCode"], sheet.ClientCode ?? "—"),
            (t["Dossier"], "#" + sheet.DossierId.ToString(CultureInfo.InvariantCulture)),
        };
        if (sheet.State == "Active")
        {
            client.Add((t["ActiveSince"], When(sheet.ActivatedAt)));
        }
        TextBlock.Pairs(flow, client);
        TextBlock.Heading(flow, t["ServiceDetails"]);
        TextBlock.Pairs(flow, sheet.ClientDetails.Select(d => (t["Detail_" + d.Key].Value, Value(d.Value, t))), labelWidth: 170);
        TextBlock.Heading(flow, words["Checklist"]);
        new PdfTable([new(t["Document"], 2), new(t["Delivery"], 2)])
            .Draw(flow, sheet.Checklist.Select(c => (IReadOnlyList<string>)[words[c.Document], Delivery(c, t, words)]));
        TextBlock.Pairs(flow, [(words["VerifiedBy"], sheet.VerifiedBy is { } v ? printed.Person(v) : "—"), (t["VerifiedAt"], When(sheet.VerifiedAt))]);
        TextBlock.Heading(flow, words["ControlSheet"]);
        new PdfTable([new(words["Area"], 1.5), new(words["SignedBy"], 1.6), new(words["SignedAt"], 1.1), new(words["Comment"], 2.3)])
            .Draw(flow, sheet.Lines.Select(l => (IReadOnlyList<string>)
            [
                words[l.Area],
                l.SignedBy is { } by ? printed.Person(by) : t["NotSigned"],
                When(l.SignedAt),
                Comment(l, t),
            ]));
        return flow.Save((page, pages) => t["PageOf", page, pages]);
    }

    private static string Delivery(ChecklistLine line, IStringLocalizer<DocumentText> t, IStringLocalizer<OnboardingText> words) => line.Delivery switch
    {
        "paper" => words["OnPaper"],
        "uploaded" => t["UploadedWithHash", Prefix(line.Sha256)],
        _ => words["Missing"],
    };

    private static string Comment(ControlSheetLine line, IStringLocalizer<DocumentText> t)
    {
        var comment = line.Comment ?? string.Empty;
        return line.ReportSha256 is { } report ? $"{comment}\n{t["InspectionReportAttached", Prefix(report)]}".Trim() : comment;
    }

    private static string Prefix(string? sha256) => sha256 is { Length: > HashShown } s ? s[..HashShown] : sha256 ?? string.Empty;

    private static string Value(string? value, IStringLocalizer<DocumentText> t) => value switch
    {
        null or "" => "—",
        "True" => t["Yes"],
        "False" => t["No"],
        _ => value,
    };

    /// <summary>The last moment the sheet's data describes, so printing it again gives the same bytes.</summary>
    private static DateTimeOffset DescribedAt(ControlSheetData sheet) =>
        new[] { sheet.ArchivedAt, sheet.ActivatedAt, sheet.VerifiedAt }.Concat(sheet.Lines.Select(l => l.SignedAt))
            .OfType<DateTimeOffset>().DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
}
