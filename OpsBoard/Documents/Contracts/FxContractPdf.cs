using System.Globalization;
using Microsoft.Extensions.Localization;
using OpsBoard.Documents.Layout;

namespace OpsBoard.Documents.Contracts;

/// <summary>The FX contract a client signs for an operation of USD 100,000 or more.</summary>
public static class FxContractPdf
{
    // Wide enough for "Amount in BRL at the closing rate" in every language, so no label runs into its value.
    private const double LabelWidth = 210;

    public static byte[] Render(FxContract contract, IStringLocalizer<DocumentText> t, TimeZoneInfo zone)
    {
        var culture = CultureInfo.CurrentCulture;
        var company = contract.Company;
        var id = contract.OperationId.ToString(CultureInfo.InvariantCulture);
        var title = t["ContractTitle", id].Value;
        using var flow = new PdfFlow(new DocumentInfo(title, $"fx-contract {contract.Number}", contract.Operator, contract.ClosedAt));
        TextBlock.Paragraph(flow, title, PdfFonts.Bold(16));
        TextBlock.Pairs(flow, [(t["ContractNumber"], contract.Number)]);
        TextBlock.Heading(flow, t["Parties"]);
        TextBlock.Pairs(flow,
        [
            (t["Company"], company.LegalName),
            (t["TaxId"], Given(company.TaxId, t)),
            (t["Address"], Given(company.Address, t)),
            (t["BrokerName"], Given(company.BrokerName, t)),
            (t["Client"], contract.Client.Name),
            (t["ClientTaxId"], Given(contract.Client.TaxId, t)),
        ], LabelWidth);
        TextBlock.Heading(flow, t["Terms"]);
        TextBlock.Pairs(flow,
        [
            (t["Amount"], $"{contract.Currency} {contract.Amount.ToString("N2", culture)}"),
            (t["Direction"], contract.Direction is { } direction ? WorkflowText.Choice(direction) : t["NotGiven"].Value),
            (t["Rate"], $"{contract.Rate.ToString("0.0000##", culture)} {company.LocalCurrency}/{contract.Currency}"),
            (t["LocalAmount", company.LocalCurrency], $"{company.LocalCurrency} {contract.LocalAmount.ToString("N2", culture)}"),
            (t["UsdEquivalent"], contract.UsdAmount is { } usd ? $"USD {usd.ToString("N2", culture)}" : t["NotGiven"].Value),
            (t["ValueDate"], DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(contract.ClosedAt, zone).DateTime).ToString("d", culture)),
            (t["Operator"], contract.Operator),
        ], LabelWidth);
        flow.Space(10);
        TextBlock.Paragraph(flow, t["ContractStatement"], PdfFonts.Regular(9));
        flow.Space(30);
        SignatureLines.Draw(flow, [(t["ClientSignature"], contract.Client.Name), (t["CompanySignature"], company.LegalName)]);
        return flow.Save((page, pages) => t["PageOf", page, pages]);
    }

    private static string Given(string? value, IStringLocalizer<DocumentText> t) => string.IsNullOrWhiteSpace(value) ? t["NotGiven"].Value : value;
}
