using OpsBoard.Board;

namespace OpsBoard.Documents.DailyReport;

/// <summary>One workflow's day: what came in, what was finished and how much of it within its clocks.</summary>
public sealed record WorkflowDay(string Type, int Created, int Finished, int FinishedWithinSla, int LateMoves)
{
    /// <summary>Finished within SLA over finished; null when nothing was finished.</summary>
    public double? Compliance => Finished == 0 ? null : (double)FinishedWithinSla / Finished;
}

/// <summary>One person's day, counted by the board's rules.</summary>
public sealed record AgentDay(string UserName, int Transitions, int Finished, TimeSpan? MedianInHands);

public sealed record OpenItemRow(long Id, string Type, string Title, string State, DateTimeOffset CreatedAt);

public sealed record CountRow(string Name, int Count);

/// <summary>
/// The manager's daily report, computed from the history table up to <see cref="Moment"/> (now for
/// today, the end of the day for a past one) with the wallboard's rules.
/// </summary>
public sealed record DailyReportData(
    DateOnly Day,
    DateTimeOffset Moment,
    IReadOnlyList<WorkflowDay> Workflows,
    IReadOnlyDictionary<string, decimal> SettledByCurrency,
    int OpenCount,
    int NearBreach,
    int Breached,
    IReadOnlyList<StateCount> OpenByState,
    IReadOnlyList<OpenItemRow> Oldest,
    IReadOnlyList<AgentDay> Agents,
    IReadOnlyList<int> TransitionsByHour,
    IReadOnlyList<CountRow> ClaimsByRootCause,
    IReadOnlyList<CountRow> ClaimsByResponsibleParty)
{
    public const string ReportingCurrency = "USD";

    /// <summary>Everything settled, in USD at each operation's closing rate.</summary>
    public decimal SettledUsd { get; init; }

    /// <summary>Contacts with clients on the day (calls among them), per channel, in the channels' order.</summary>
    public IReadOnlyList<CountRow> ContactsByChannel { get; init; } = [];

    /// <summary>Business time of the day with the desk, the client and the broker, per workflow.</summary>
    public IReadOnlyList<Turns.WorkflowParties> ByParty { get; init; } = [];

    /// <summary>Orders open at the moment, by the channel they came by and the state they stood in.</summary>
    public IReadOnlyList<Orders.OrderCount> OrdersByChannel { get; init; } = [];
}
