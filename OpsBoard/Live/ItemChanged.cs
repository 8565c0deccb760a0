namespace OpsBoard.Live;

/// <summary>
/// Sent after every committed change. The first ten members are the public hub payload; the
/// queues and clock let in-process listeners keep their counters without reading the database.
/// </summary>
public sealed record ItemChanged(
    long ItemId,
    string Type,
    string Trigger,
    string FromState,
    string ToState,
    int Version,
    string? Assignee,
    string Actor,
    DateTimeOffset At,
    DateTimeOffset? SlaDueAt)
{
    public string Title { get; init; } = string.Empty;

    public string? FromQueue { get; init; }

    public string? ToQueue { get; init; }

    public DateTimeOffset? SlaWarnAt { get; init; }

    public bool IsDone { get; init; }

    /// <summary>The client the item is for, so a client's page follows only its own work.</summary>
    public long? ClientId { get; init; }

    public bool WasDone { get; init; }

    /// <summary>The fields the move wrote, so a desk's counters (calls, amounts) need no read back.</summary>
    public IReadOnlyDictionary<string, object?> Changes { get; init; } = new Dictionary<string, object?>();

    public bool IsCreation => FromState.Length == 0;

    public HubPayload ToHubPayload() =>
        new(ItemId, Type, Trigger, FromState, ToState, Version, Assignee, Actor, At, SlaDueAt);
}

/// <summary>What outside clients receive as <c>itemChanged</c>.</summary>
public sealed record HubPayload(long ItemId, string Type, string Trigger, string FromState, string ToState, int Version,
    string? Assignee, string Actor, DateTimeOffset At, DateTimeOffset? SlaDueAt);
