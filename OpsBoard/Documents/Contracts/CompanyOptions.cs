namespace OpsBoard.Documents.Contracts;

/// <summary>
/// Who the desk is on the papers that leave it (OpsBoard:Company): the FX contract and the sending protocol
/// name the company and the broker from here, never from a text compiled into the app.
/// </summary>
public sealed class CompanyOptions
{
    public string LegalName { get; set; } = "OpsBoard FX desk";

    public string TaxId { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    /// <summary>The currency the closing rate is quoted in (local currency per unit of the operation's currency).</summary>
    public string LocalCurrency { get; set; } = "BRL";

    /// <summary>The broker the desk closes and settles with; empty leaves the documents' generic wording.</summary>
    public string BrokerName { get; set; } = string.Empty;
}
