using System.Text.Json;

namespace OpsBoard.Items.Bulk;

/// <summary>One selected item, at the version the lead saw it.</summary>
public sealed record BulkTarget(long Id, int ExpectedVersion);

/// <summary>
/// Many items, one action: <c>assign</c> (to <see cref="Assignee"/>, or back to the queue when empty) or
/// <c>move</c> (fire <see cref="Trigger"/> with the same note and fields on each).
/// </summary>
public sealed record BulkRequest(string? Action, IReadOnlyList<BulkTarget>? Items, string? Assignee, string? Trigger, string? Note,
    Dictionary<string, JsonElement>? Fields)
{
    public BulkCommand ToCommand() => new(Action, Items, Assignee, Trigger, Note, FieldInput.FromJson(Fields));
}

/// <summary>A <see cref="BulkRequest"/> with its fields read, as the API and the queues page give it.</summary>
public sealed record BulkCommand(string? Action, IReadOnlyList<BulkTarget>? Items, string? Assignee, string? Trigger, string? Note,
    IReadOnlyDictionary<string, object?> Fields);

/// <summary>What became of one item: moved to a state or assignee, or refused with the reason in the reader's language.</summary>
public sealed record BulkLine(long ItemId, string? Title, bool Done, string Status, string? State, string? Assignee, string? Reason);

/// <summary>One line per item, in the order they were sent.</summary>
public sealed record BulkResult(IReadOnlyList<BulkLine> Lines)
{
    public int Moved => Lines.Count(l => l.Done);

    public int Refused => Lines.Count(l => !l.Done);
}
