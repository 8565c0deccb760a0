namespace OpsBoard.Board;

public sealed record QueueTile(string Key, string Name, string WorkflowType, int Open, int Unassigned, int NearBreach, int Breached, int DoneToday)
{
    /// <summary>Open items of priority clients in the queue.</summary>
    public int Priority { get; init; }
}

public sealed record StateCount(string Type, string State, int Count);

public sealed record AgentToday(string UserName, int Transitions, int Done);

/// <summary>The wallboard's numbers at one moment.</summary>
public sealed record BoardView(
    DateTimeOffset GeneratedAt,
    long Sequence,
    int Open,
    int NearBreach,
    int Breached,
    IReadOnlyList<QueueTile> Queues,
    IReadOnlyList<StateCount> States,
    IReadOnlyDictionary<string, int> DoneTodayByWorkflow,
    IReadOnlyList<AgentToday> Agents)
{
    /// <summary>Protocols not signed back within their business days (<c>OpsBoard:Protocols:LateAfterBusinessDays</c>).</summary>
    public int LateProtocols { get; init; }
}
