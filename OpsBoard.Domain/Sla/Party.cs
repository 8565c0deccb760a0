namespace OpsBoard.Domain.Sla;

/// <summary>Who the item waits on in a state: whose turn it is. Only the desk's turns count against the desk's clock.</summary>
public enum Party
{
    Desk,
    Client,
    Broker,
}

/// <summary>The item entered <paramref name="State"/> at <paramref name="At"/>: one step of its history as the clocks read it.</summary>
public readonly record struct StateEntry(string State, DateTimeOffset At);

/// <summary>A stretch of an item's life in one state, held by one party (none once the work is over).</summary>
public readonly record struct Turn(string State, Party? Holder, DateTimeOffset From, DateTimeOffset To);
