using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;

namespace OpsBoard.Board;

/// <summary>
/// What counts on the board, in one place: the live wallboard and the daily report both ask here,
/// so their numbers agree for the same moment.
/// </summary>
public static class BoardRules
{
    /// <summary>A move someone made: not a creation, not taking or assigning an item, not a file or contact beside it, not the system's own housekeeping.</summary>
    public static bool IsCountedMove(string trigger, string actor) =>
        trigger != ItemTriggers.Create && !ItemTriggers.LeavesWorkAsIs(trigger) && actor != Actor.System.UserName;

    /// <summary>A counted move that brings an item into a done state from an open one.</summary>
    public static bool Finishes(IWorkflow? workflow, string trigger, string actor, string fromState, string toState) =>
        IsCountedMove(trigger, actor) && workflow is not null
        && workflow.DoneStates.Contains(toState) && !workflow.DoneStates.Contains(fromState);

    public static DateOnly LocalDay(TimeZoneInfo zone, DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>The instant a local calendar day begins in the team's time zone.</summary>
    public static DateTimeOffset DayStart(TimeZoneInfo zone, DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
