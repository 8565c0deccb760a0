using System.Globalization;
using Microsoft.Extensions.Localization;
using OpsBoard.Documents.Layout;

namespace OpsBoard.Documents.Contracts;

/// <summary>The FX contract a client signs for an operation of USD 100,000 or more.</summary>
public static class FxContractPdf
{
    public static byte[] Render(FxContract contract, IStringLocalizer<DocumentText> t, TimeZoneInfo zone)
    {
        var culture = CultureInfo.CurrentCulture;
        var id = contract.OperationId.ToString(CultureInfo.InvariantCulture);
        var title = t["ContractTitle", id].Value;
        using var flow = new PdfFlow(new DocumentInfo(title, $"fx-contract {id}", contract.Operator, contract.ClosedAt));
        TextBlock.Paragraph(flow, title, PdfFonts.Bold(16));
        TextBlock.Heading(flow, t["Parties"]);
        TextBlock.Pairs(flow, [(t["Client"], contract.Client), (t["Company"], t["CompanyName"])]);
        TextBlock.Heading(flow, t["Terms"]);
        TextBlock.Pairs(flow,
        [
            (t["Amount"], contract.Amount.ToString("N2", culture)),
            (t["Currency"], contract.Currency),
            (t["Direction"], contract.Direction ?? "—"),
            (t["Rate"], contract.Rate.ToString("0.0000##", culture)),
            (t["ValueDate"], DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(contract.ClosedAt, zone).DateTime).ToString("d", culture)),
            (t["Operator"], contract.Operator),
        ]);
        flow.Space(10);
        TextBlock.Paragraph(flow, t["ContractStatement"], PdfFonts.Regular(9));
        flow.Space(30);
        SignatureLines.Draw(flow, [(t["ClientSignature"], contract.Client), (t["CompanySignature"], contract.Operator)]);
        return flow.Save((page, pages) => t["PageOf", page, pages]);
    }
}
