namespace OpsBoard.Collections.Goals;

/// <summary>A month's recovery goals: the desk's and each analyst's, with what each has recovered so far.</summary>
public sealed record GoalsView(string Month, string Currency, GoalLine Desk, IReadOnlyList<GoalLine> Analysts);

/// <summary>
/// One goal against what was recovered: <c>Analyst</c> is null for the desk; <c>Goal</c> is null for an analyst without one;
/// <c>Progress</c> is recovered over goal (1 is the goal met), null without a goal.
/// </summary>
public sealed record GoalLine(string? Analyst, string? DisplayName, decimal? Goal, bool GoalSet, decimal Recovered, decimal? Progress)
{
    public static GoalLine Of(string? analyst, string? displayName, decimal? goal, bool set, decimal recovered) =>
        new(analyst, displayName, goal, set, recovered, goal is > 0m ? decimal.Round(recovered / goal.Value, 4) : null);
}

/// <summary>Goals to set for the month the query names: an analyst of null is the desk; an amount of null removes the goal.</summary>
public sealed record SetGoalsRequest(IReadOnlyList<GoalChange>? Goals);

public sealed record GoalChange(string? Analyst, decimal? Amount);
