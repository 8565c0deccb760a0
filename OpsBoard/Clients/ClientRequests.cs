namespace OpsBoard.Clients;

/// <summary>A client as a lead writes it, new or changed: every editable part, as it should be afterwards.</summary>
public sealed record ClientRequest(string? Name, string? Code, string? TaxId, string? Segment, List<ClientContactRequest>? Contacts,
    ClientLimitRequest? ApprovedLimit, string? Tier = null);

public sealed record ClientContactRequest(string? Kind, string? Value);

public sealed record ClientLimitRequest(decimal? Amount, string? Currency);

/// <summary>A request that passed the rules, trimmed.</summary>
public sealed record CheckedClient(string Name, string? Code, string? TaxId, ClientSegment Segment, IReadOnlyList<ClientContact> Contacts,
    decimal? LimitAmount, string? LimitCurrency)
{
    /// <summary>The tier asked for; null keeps a client's tier as it is (a new client is standard).</summary>
    public ClientTier? Tier { get; init; }
}
