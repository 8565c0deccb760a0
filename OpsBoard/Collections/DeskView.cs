using System.Text.Json.Serialization;

namespace OpsBoard.Collections;

/// <summary>The collections desk right now: calls per agent against target, promises due and money recovered.</summary>
public sealed record DeskView(DateTimeOffset At, DateOnly Day, IReadOnlyList<AgentCalls> Agents, int PromisesDueToday,
    decimal PromisedToday, decimal RecoveredToday, decimal RecoveredThisMonth, decimal MonthlyGoal, int InstallmentsDueToday);

public sealed record AgentCalls(string UserName, int Calls, int Target, int ExpectedByNow,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Pace>))] Pace Pace);
