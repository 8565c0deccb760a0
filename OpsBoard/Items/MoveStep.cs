using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;

namespace OpsBoard.Items;

/// <summary>
/// A feature's own rows joining a change: run by the commit step inside the write gate and the
/// transaction, after the state machine said yes and before the item's rows. It saves what it
/// adds itself; returning a result refuses the change and nothing at all is written.
/// </summary>
public delegate Task<CommandResult?> MoveStep(MoveContext move, CancellationToken ct);

/// <summary>The moves about to be written (the command's and any the workflow made by itself), at one instant.</summary>
public sealed record MoveContext(OpsBoardDbContext Db, IReadOnlyList<MadeMove> Moves, DateTimeOffset At);

/// <summary>One move: the item as it is after it, who made it and what it wrote.</summary>
public sealed record MadeMove(WorkItem Item, Actor Actor, string Trigger, string FromState, string ToState, IReadOnlyDictionary<string, object?> Changes)
{
    /// <summary>The note the history row keeps with the move.</summary>
    public string? Note { get; init; }
}
