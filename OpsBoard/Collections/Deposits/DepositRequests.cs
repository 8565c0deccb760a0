namespace OpsBoard.Collections.Deposits;

public sealed record RegisterDepositRequest(decimal? Amount, string? Reference, string? Channel, DateTimeOffset? ReceivedAt);

public sealed record MatchDepositRequest(long? ItemId, int? ExpectedVersion);

public sealed record RequestSupportRequest(string? Network);

public sealed record DepositView(long Id, DateTimeOffset ReceivedAt, decimal Amount, string Reference, string? Channel, DateTimeOffset DueAt,
    bool Breached, long? MatchedItemId, string? MatchedBy, DateTimeOffset? MatchedAt, int Version, SupportView? Support)
{
    public static DepositView From(UnidentifiedDeposit d, DateTimeOffset now) => new(d.Id, d.ReceivedAt, d.Amount, d.Reference, d.Channel,
        d.DueAt, d.IsBreachedAt(now), d.MatchedItemId, d.MatchedBy, d.MatchedAt, d.Version,
        d.IsSupportRequested ? new SupportView(d.SupportNetwork!, d.SupportRequestedAt!.Value, d.SupportRequestedBy!, d.SupportDueAt!.Value, d.IsSupportLateAt(now)) : null);
}

/// <summary>The supports asked from a payment network for a deposit: which, when, who, and when the answer is late.</summary>
public sealed record SupportView(string Network, DateTimeOffset RequestedAt, string RequestedBy, DateTimeOffset DueAt, bool Late);

/// <summary>How a deposit command ended; a refused move of the case carries the case's own refusal.</summary>
public sealed record DepositResult(Items.CommandStatus Status, UnidentifiedDeposit? Deposit = null, string? Detail = null,
    IReadOnlyDictionary<string, string[]>? Errors = null, Items.CommandResult? Move = null)
{
    public bool Succeeded => Status == Items.CommandStatus.Ok;
}
