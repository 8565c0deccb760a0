using System.Globalization;
using Microsoft.Extensions.Localization;
using OpsBoard.Documents.Layout;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Items;

namespace OpsBoard.Orders;

/// <summary>
/// A claim's evidence pack for the client or the security service: the claim and its order, every change in its
/// history, and each file with its size and full SHA-256, so a copy handed over can be checked byte for byte.
/// </summary>
public static class EvidencePackPdf
{
    public static byte[] Render(EvidencePack pack, IStringLocalizer<OrderText> t, TimeZoneInfo zone)
    {
        var culture = CultureInfo.CurrentCulture;
        string When(DateTimeOffset? at) => BusinessTime.Format(at, zone, "g", culture);
        var claim = pack.Claim;
        var title = t["EvidenceTitle", claim.Id].Value;
        var describedAt = pack.History.Select(h => h.At).Concat(pack.Files.Select(f => f.UploadedAt)).DefaultIfEmpty(claim.CreatedAt).Max();
        using var flow = new PdfFlow(new DocumentInfo(title, $"evidence {claim.Id.ToString(CultureInfo.InvariantCulture)}", "OpsBoard", describedAt));
        TextBlock.Paragraph(flow, title, PdfFonts.Bold(16));
        TextBlock.Heading(flow, t["Claim"]);
        TextBlock.Pairs(flow, [(t["Title"], claim.Title), (t["State"], WorkflowText.State(claim.State)), (t["Deadline"], When(claim.SlaDueAt)),
            .. FieldPairs(claim)]);
        TextBlock.Heading(flow, t["Order"]);
        if (pack.Order is { } order)
        {
            TextBlock.Pairs(flow, [(t["Order"], "#" + order.Id.ToString(CultureInfo.InvariantCulture)), (t["Title"], order.Title),
                (t["State"], WorkflowText.State(order.State)), .. FieldPairs(order)]);
        }
        else
        {
            TextBlock.Paragraph(flow, t["NoOrder"], PdfFonts.Regular(10));
        }
        TextBlock.Heading(flow, t["History"]);
        new PdfTable([new(t["When"], 1.2), new(t["Who"], 1), new(t["Move"], 2.4)]).Draw(flow, pack.History.Select(h => (IReadOnlyList<string>)
            [When(h.At), h.Actor, $"{WorkflowText.Trigger(h.Trigger)}: {WorkflowText.State(h.FromState)} → {WorkflowText.State(h.ToState)}"
                + (string.IsNullOrWhiteSpace(h.Note) ? string.Empty : "\n" + h.Note)]));
        TextBlock.Heading(flow, t["Files"]);
        if (pack.Files.Count == 0)
        {
            TextBlock.Paragraph(flow, t["NoFiles"], PdfFonts.Regular(10));
        }
        foreach (var file in pack.Files)
        {
            TextBlock.Paragraph(flow, file.FileName, PdfFonts.Bold(10));
            TextBlock.Pairs(flow, [(t["Size"], file.Size.ToString("#,0", culture)), (t["UploadedBy"], $"{file.UploadedBy}, {When(file.UploadedAt)}")]);
            TextBlock.Paragraph(flow, $"{t["Sha256"]}: {file.Sha256}", PdfFonts.Regular(8));
            flow.Space(4);
        }
        return flow.Save((page, pages) => t["PageOf", page, pages]);
    }

    private static IEnumerable<(string, string)> FieldPairs(WorkItem item) => item.Fields
        .Where(f => FieldDefinition.IsPresent(f.Value))
        .OrderBy(f => f.Key, StringComparer.Ordinal)
        .Select(f => (WorkflowText.Field(f.Key), Text(f.Value)));

    private static string Text(object? value) => value switch
    {
        string[] list => string.Join("\n", list),
        decimal d => d.ToString("#,0.##", CultureInfo.CurrentCulture),
        DateOnly day => day.ToString("d", CultureInfo.CurrentCulture),
        string s => s,
        _ => Convert.ToString(value, CultureInfo.CurrentCulture) ?? string.Empty,
    };
}
