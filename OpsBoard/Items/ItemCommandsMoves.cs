using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows;
using OpsBoard.Live;

namespace OpsBoard.Items;

/// <summary>What a move does to an item in memory, the history row that records it, and the event published after commit.</summary>
public sealed partial class ItemCommands
{
    private void Publish(PendingMove pending)
    {
        foreach (var move in pending.Moves)
        {
            Publish(pending.Item, move);
        }
    }

    private AppliedMove Apply(IWorkflow workflow, WorkItem item, Actor actor, FireResult result, string? note, DateTimeOffset now)
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
        item.Apply(new ItemMove(toState, queues.For(item.Type, toState)?.Key, result.Changes,
            sla.Window(workflow, toState, item.CreatedAt, now, merged), workflow.DoneStates.Contains(toState), now));
        return Moved(item, actor, result.Trigger, fromState, fromQueue, wasDone, note, result.Changes);
    }

    /// <summary>What a change just made to <paramref name="item"/> is, with the history row that records it.</summary>
    private static AppliedMove Moved(WorkItem item, Actor actor, string trigger, string fromState, string? fromQueue, bool wasDone, string? note,
        IReadOnlyDictionary<string, object?> changes) =>
        new(actor, trigger, fromState, fromQueue, wasDone, item.Version, item.State, item.QueueKey, item.IsDone, changes,
            ItemHistoryEntry.Record(item, actor.UserName, trigger, fromState, note, FieldsJson.Write(changes)));

    private void Publish(WorkItem item, AppliedMove move) =>
        bus.Publish(new ItemChanged(item.Id, item.Type, move.Trigger, move.FromState, move.State, move.Version, item.Assignee,
            move.Actor.UserName, item.UpdatedAt, item.SlaDueAt)
        {
            Title = item.Title,
            FromQueue = move.FromQueue,
            ToQueue = move.ToQueue,
            SlaWarnAt = item.SlaWarnAt,
            IsDone = move.IsDone,
            WasDone = move.WasDone,
            Changes = move.Changes,
        });

    /// <summary>An item changed in memory, not yet written: it was read as <paramref name="Before"/>.</summary>
    private sealed record PendingMove(WorkItem Item, ItemColumns Before, IReadOnlyList<AppliedMove> Moves, DateTimeOffset At);

    private sealed record AppliedMove(Actor Actor, string Trigger, string FromState, string? FromQueue, bool WasDone, int Version,
        string State, string? ToQueue, bool IsDone, IReadOnlyDictionary<string, object?> Changes, ItemHistoryEntry History);
}
