using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Queues;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Items;

/// <summary>Taking work from a queue: one item to one person, the most urgent first.</summary>
public sealed partial class ItemCommands
{
    private static readonly Func<OpsBoardDbContext, string, CancellationToken, Task<WorkItem?>> NextDated =
        EF.CompileAsyncQuery((OpsBoardDbContext db, string queue, CancellationToken ct) => db.Items
            .Where(i => i.QueueKey == queue && i.Assignee == null && i.DoneAt == null && i.SlaDueAt != null)
            .OrderBy(i => i.SlaDueAt).ThenBy(i => i.Id).FirstOrDefault());

    private static readonly Func<OpsBoardDbContext, string, CancellationToken, Task<WorkItem?>> NextUndated =
        EF.CompileAsyncQuery((OpsBoardDbContext db, string queue, CancellationToken ct) => db.Items
            .Where(i => i.QueueKey == queue && i.Assignee == null && i.DoneAt == null && i.SlaDueAt == null)
            .OrderBy(i => i.Id).FirstOrDefault());

    /// <summary>Hands the caller the most urgent unassigned item of a queue; never the same item to two people.</summary>
    public async Task<WorkItem?> TakeNextAsync(Actor actor, QueueDefinition queue, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            using var _ = await gate.EnterAsync(ct);
            return await TakeNextInGateAsync(actor, queue, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<WorkItem?> TakeNextInGateAsync(Actor actor, QueueDefinition queue, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var item = await NextInQueueAsync(queue, ct);
            if (item is null)
            {
                return null;
            }
            item.AssignTo(actor.UserName, clock.GetUtcNow());
            db.History.Add(ItemHistoryEntry.Record(item, actor.UserName, TakeTrigger, item.State, null, "{}"));
            try
            {
                await db.SaveChangesAsync(ct);
                Publish(item, actor, TakeTrigger, item.State, item.QueueKey, item.IsDone);
                return item;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another node took it between our read and our write: try the next one.
                db.ChangeTracker.Clear();
            }
        }
        return null;
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
        db.History.Add(ItemHistoryEntry.Record(item, actor.UserName, result.Trigger, fromState, note, FieldsJson.Write(result.Changes)));
        return new AppliedMove(actor, result.Trigger, fromState, fromQueue, wasDone, item.Version, toState, item.QueueKey, item.IsDone, result.Changes);
    }

    /// <summary>
    /// Soonest due first, then undated, oldest first. Two queries rather than one ordered by "has a
    /// due date": each walks the queue's index in order and stops at the first row instead of sorting the queue.
    /// </summary>
    private async Task<WorkItem?> NextInQueueAsync(QueueDefinition queue, CancellationToken ct) =>
        await NextDated(db, queue.Key, ct) ?? await NextUndated(db, queue.Key, ct);
}
