namespace OpsBoard.Clients;

/// <summary>A client in a list.</summary>
public sealed record ClientSummary(long Id, string Code, string Name, string? TaxId, string Segment, decimal? LimitAmount, string? LimitCurrency,
    string Tier)
{
    public static ClientSummary From(Client c) => new(c.Id, c.Code, c.Name, c.TaxId, c.Segment.Api(), c.LimitAmount, c.LimitCurrency, c.Tier.Api());
}

public sealed record ClientList(IReadOnlyList<ClientSummary> Items, int Total, int Page, int PageSize);

/// <summary>The limit the broker approved (or a lead set), with who set it and when.</summary>
public sealed record ClientLimit(decimal Amount, string Currency, DateTimeOffset? SetAt, string? SetBy);

/// <summary>A client's whole record.</summary>
public sealed record ClientView(long Id, string Code, string Name, string? TaxId, string Segment, IReadOnlyList<ClientContact> Contacts,
    ClientLimit? ApprovedLimit, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string Tier)
{
    public static ClientView From(Client c) => new(c.Id, c.Code, c.Name, c.TaxId, c.Segment.Api(), c.Contacts,
        c.LimitAmount is { } amount ? new ClientLimit(amount, c.LimitCurrency ?? string.Empty, c.LimitSetAt, c.LimitSetBy) : null, c.CreatedAt, c.UpdatedAt,
        c.Tier.Api());
}

public sealed record MoneyTotal(string Currency, decimal Amount);

/// <summary>The client's latest onboarding dossier.</summary>
public sealed record DossierState(long ItemId, string State, bool IsDone);

/// <summary>
/// The client's work the reader may see, summed: open operations and their volume per currency, open claims,
/// what is still owed on open collection cases, and the dossier's state.
/// </summary>
public sealed record ClientTotals(int OpenItems, int AllItems, int OpenOperations, IReadOnlyList<MoneyTotal> OperationVolume, int OpenClaims,
    int OpenCollections, IReadOnlyList<MoneyTotal> InCollections, DossierState? Dossier);

public sealed record ClientDetail(ClientView Client, ClientTotals Totals);
