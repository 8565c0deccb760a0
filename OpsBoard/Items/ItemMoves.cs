using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Queues;
using OpsBoard.Domain.Workflows;
using OpsBoard.Live;

namespace OpsBoard.Items;

/// <summary>An item changed in memory, not yet written: it was read as <paramref name="Before"/>.</summary>
internal sealed record PendingMove(WorkItem Item, ItemColumns Before, IReadOnlyList<AppliedMove> Moves, DateTimeOffset At);

/// <summary>What one change did to an item, with the history row that records it.</summary>
internal sealed record AppliedMove(Actor Actor, string Trigger, string FromState, string? FromQueue, bool WasDone, int Version,
    string State, string? ToQueue, bool IsDone, IReadOnlyDictionary<string, object?> Changes, ItemHistoryEntry History)
{
    /// <summary>What a change just made to <paramref name="item"/> is, with the history row that records it.</summary>
    public static AppliedMove Of(WorkItem item, Actor actor, string trigger, string fromState, string? fromQueue, bool wasDone, string? note,
        IReadOnlyDictionary<string, object?> changes) =>
        new(actor, trigger, fromState, fromQueue, wasDone, item.Version, item.State, item.QueueKey, item.IsDone, changes,
            ItemHistoryEntry.Record(item, actor.UserName, trigger, fromState, note, FieldsJson.Write(changes)));

    public MadeMove Made(WorkItem item) => new(item, Actor, Trigger, FromState, State, Changes) { Note = History.Note };

    public ItemChanged ToEvent(WorkItem item) =>
        new(item.Id, item.Type, Trigger, FromState, State, Version, item.Assignee, Actor.UserName, item.UpdatedAt, item.SlaDueAt)
        {
            Title = item.Title,
            FromQueue = FromQueue,
            ToQueue = ToQueue,
            SlaWarnAt = item.SlaWarnAt,
            IsDone = IsDone,
            WasDone = WasDone,
            ClientId = item.ClientId,
            Changes = Changes,
        };
}

/// <summary>What a move the state machine allowed does to an item in memory: state, queue, clock, fields.</summary>
public sealed class ItemMoves(QueueCatalog queues, SlaTimer sla)
{
    // The item's entries are the states it entered so far; the move adds its own, so a follow-up move sees it.
    internal AppliedMove Apply(IWorkflow workflow, WorkItem item, List<Domain.Sla.StateEntry> entries, Actor actor, FireResult result, string? note,
        DateTimeOffset now)
    {
        var fromState = item.State;
        var fromQueue = item.QueueKey;
        var wasDone = item.IsDone;
        var toState = result.Destination!;
        var merged = new Dictionary<string, object?>(item.Fields);
        foreach (var (k, v) in result.Changes)
        {
            merged[k] = v;
        }
        entries.Add(new Domain.Sla.StateEntry(toState, now));
        item.Apply(new ItemMove(toState, queues.For(item.Type, toState)?.Key, result.Changes,
            sla.Window(workflow, entries, merged), workflow.DoneStates.Contains(toState), now));
        return AppliedMove.Of(item, actor, result.Trigger, fromState, fromQueue, wasDone, note, result.Changes);
    }
}
