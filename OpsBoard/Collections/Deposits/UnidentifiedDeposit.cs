namespace OpsBoard.Collections.Deposits;

/// <summary>
/// Money received with no case to tell whose it is. It must be matched to a case (legalized)
/// within one business day of arrival; later counts as breached.
/// </summary>
public sealed class UnidentifiedDeposit
{
    private UnidentifiedDeposit()
    {
        Reference = RegisteredBy = string.Empty;
    }

    public long Id { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>What the bank statement says about the payer.</summary>
    public string Reference { get; private set; }

    public string? Channel { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public string RegisteredBy { get; private set; }

    public long? MatchedItemId { get; private set; }

    public string? MatchedBy { get; private set; }

    public DateTimeOffset? MatchedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>The payment network asked for the deposit's supports (the payer's voucher and reference), once asked.</summary>
    public string? SupportNetwork { get; private set; }

    public DateTimeOffset? SupportRequestedAt { get; private set; }

    public string? SupportRequestedBy { get; private set; }

    /// <summary>When the network's answer is late, on the business calendar; the support's own clock, beside the match's.</summary>
    public DateTimeOffset? SupportDueAt { get; private set; }

    public bool IsSupportRequested => SupportRequestedAt is not null;

    /// <summary>Late while the deposit waits on its supports past their due time; matching it ends the wait.</summary>
    public bool IsSupportLateAt(DateTimeOffset now) => SupportDueAt is { } due && !IsMatched && now > due;

    public bool IsMatched => MatchedItemId is not null;

    public bool IsBreachedAt(DateTimeOffset now) => (MatchedAt ?? now) > DueAt;

    public static UnidentifiedDeposit Register(decimal amount, string reference, string? channel, DateTimeOffset receivedAt,
        DateTimeOffset dueAt, string registeredBy) => new()
        {
            Amount = amount,
            Reference = reference,
            Channel = channel,
            ReceivedAt = receivedAt,
            DueAt = dueAt,
            RegisteredBy = registeredBy,
            Version = 1,
        };

    public void RequestSupport(string network, string userName, DateTimeOffset at, DateTimeOffset dueAt)
    {
        if (IsMatched || IsSupportRequested)
        {
            throw new InvalidOperationException($"Deposit {Id} is matched or already waits on its supports.");
        }
        SupportNetwork = network;
        SupportRequestedBy = userName;
        SupportRequestedAt = at;
        SupportDueAt = dueAt;
        Version++;
    }

    public void MatchTo(long itemId, string userName, DateTimeOffset at)
    {
        if (IsMatched)
        {
            throw new InvalidOperationException($"Deposit {Id} is already matched to item {MatchedItemId}.");
        }
        MatchedItemId = itemId;
        MatchedBy = userName;
        MatchedAt = at;
        Version++;
    }
}
