using OpsBoard.Domain.Queues;

namespace OpsBoard.Items;

/// <summary>A new item of a workflow; the fields are checked against the workflow's rules by the handler.</summary>
public sealed record CreateCommand(string Type, string Title, IReadOnlyDictionary<string, object?> Fields)
{
    /// <summary>The client the caller picked; without one, the item's client field names it.</summary>
    public long? ClientId { get; init; }
}

/// <summary>
/// One move of one item, from the version the caller saw. <see cref="Also"/> is the caller's own rows,
/// written in the move's transaction (a deposit marked matched); it may refuse the move.
/// </summary>
public sealed record FireCommand(long ItemId, string Trigger, int ExpectedVersion, string? Note, IReadOnlyDictionary<string, object?> Fields)
{
    public static IReadOnlyDictionary<string, object?> NoFields { get; } = new Dictionary<string, object?>();

    public MoveStep? Also { get; init; }
}

/// <summary>Who should hold an item (null hands it back to its queue), from the version the lead was looking at.</summary>
public sealed record AssignCommand(long ItemId, string? Assignee, int ExpectedVersion, string? Note);

/// <summary>Several moves that all happen or none does; <see cref="Also"/> writes the batch's own rows (a protocol).</summary>
public sealed record BatchCommand(IReadOnlyList<FireCommand> Moves)
{
    public MoveStep? Also { get; init; }
}

/// <summary>The caller wants the most urgent unassigned item of a queue.</summary>
public sealed record TakeNextCommand(QueueDefinition Queue);
