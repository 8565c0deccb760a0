using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;

namespace OpsBoard.Items;

/// <summary>
/// A feature's part in a move: called by the one write path after the state machine said yes and
/// before the single save, so rows it adds (codes, notifications, outbox mail) commit with the
/// move or not at all. Returning a result refuses the move and nothing is written.
/// </summary>
public interface IItemMoveHook
{
    Task<CommandResult?> OnMoveAsync(ItemMoveContext move, CancellationToken ct);
}

/// <summary>One applied move: the item as it is after it, who made it and what it wrote.</summary>
public sealed record ItemMoveContext(OpsBoardDbContext Db, WorkItem Item, Actor Actor, string Trigger, string FromState, string ToState,
    IReadOnlyDictionary<string, object?> Changes, DateTimeOffset At);
