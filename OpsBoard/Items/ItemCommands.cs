using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Queues;
using OpsBoard.Domain.Resources;
using OpsBoard.Domain.Workflows;
using OpsBoard.Live;

namespace OpsBoard.Items;

/// <summary>
/// The one way an item changes, whoever asks (page, API, job): the state machine decides, one
/// transaction writes the item and its history row, and the change is published after commit.
/// </summary>
public sealed class ItemCommands(OpsBoardDbContext db, WorkflowCatalog workflows, QueueCatalog queues,
    SlaTimer sla, WriteGate gate, LiveBus bus, TimeProvider clock)
{
    public const string CreateTrigger = "Create";
    public const string TakeTrigger = "Take";

    // Compiled once: on the write path, finding the LINQ in the query cache on every call cost more than running its SQL.
    private static readonly Func<OpsBoardDbContext, long, CancellationToken, Task<WorkItem?>> ById =
        EF.CompileAsyncQuery((OpsBoardDbContext db, long id, CancellationToken ct) => db.Items.FirstOrDefault(i => i.Id == id));

    private static readonly Func<OpsBoardDbContext, string, CancellationToken, Task<WorkItem?>> NextDated =
        EF.CompileAsyncQuery((OpsBoardDbContext db, string queue, CancellationToken ct) => db.Items
            .Where(i => i.QueueKey == queue && i.Assignee == null && i.DoneAt == null && i.SlaDueAt != null)
            .OrderBy(i => i.SlaDueAt).ThenBy(i => i.Id).FirstOrDefault());

    private static readonly Func<OpsBoardDbContext, string, CancellationToken, Task<WorkItem?>> NextUndated =
        EF.CompileAsyncQuery((OpsBoardDbContext db, string queue, CancellationToken ct) => db.Items
            .Where(i => i.QueueKey == queue && i.Assignee == null && i.DoneAt == null && i.SlaDueAt == null)
            .OrderBy(i => i.Id).FirstOrDefault());

    public async Task<CommandResult> CreateAsync(Actor actor, CreateItemRequest request, CancellationToken ct = default)
    {
        var workflow = workflows.Find(request.Type);
        if (workflow is null)
        {
            return CommandResult.Invalid(new Dictionary<string, string[]>
            {
                ["type"] = [$"Unknown type '{request.Type}'. Use one of: {string.Join(", ", workflows.All.Select(w => w.Type))}."],
            });
        }
        var (values, errors) = FieldInput.Parse(workflow, request.Fields);
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 300)
        {
            errors["title"] = ["A title of 1 to 300 characters is required."];
        }
        foreach (var field in workflow.Fields.Where(f => f.RequiredOnCreate && !FieldDefinition.IsPresent(values.GetValueOrDefault(f.Name))))
        {
            errors.TryAdd(field.Name, [Messages.Format("FieldRequired", field.Name)]);
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }
        var now = clock.GetUtcNow();
        var state = workflow.InitialState;
        var item = WorkItem.Create(workflow.Type, request.Title!.Trim(), state, queues.For(workflow.Type, state)?.Key,
            values, now, sla.Window(workflow, state, now, now, values));
        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Items.Add(item);
            await db.SaveChangesAsync(ct);
            db.History.Add(ItemHistoryEntry.Record(item, actor.UserName, CreateTrigger, string.Empty, null, FieldsJson.Write(values)));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            Publish(item, actor, CreateTrigger, string.Empty, null, wasDone: false);
        }
        return CommandResult.Ok(item);
    }

    public async Task<CommandResult> FireAsync(Actor actor, long id, TransitionRequest request, CancellationToken ct = default)
    {
        // One connection for the read and the write, opened before the gate: the writer's turn holds only the write.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await FireOnOpenConnectionAsync(actor, id, request, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<CommandResult> FireOnOpenConnectionAsync(Actor actor, long id, TransitionRequest request, CancellationToken ct)
    {
        var item = await ById(db, id, ct);
        if (item is null)
        {
            return CommandResult.NotFound(id);
        }
        var workflow = workflows.Get(item.Type);
        var (values, errors) = FieldInput.Parse(workflow, request.Fields);
        if (string.IsNullOrWhiteSpace(request.Trigger))
        {
            errors["trigger"] = ["A trigger is required."];
        }
        if (request.ExpectedVersion is null)
        {
            errors["expectedVersion"] = ["The version the change was made from is required."];
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }
        if (request.ExpectedVersion != item.Version)
        {
            return Stale(item);
        }
        var now = clock.GetUtcNow();
        var context = new TransitionContext(actor, item.Fields, values, now);
        var result = workflow.Fire(item.State, request.Trigger!, context);
        if (!result.Succeeded)
        {
            return Refused(workflow, item, actor, request.Trigger!, result);
        }
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
        db.History.Add(ItemHistoryEntry.Record(item, actor.UserName, result.Trigger, fromState, request.Note, FieldsJson.Write(result.Changes)));
        using (await gate.EnterAsync(ct))
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                var current = await db.Items.AsNoTracking().FirstAsync(i => i.Id == id, ct);
                return Stale(current);
            }
            Publish(item, actor, result.Trigger, fromState, fromQueue, wasDone);
        }
        return CommandResult.Ok(item);
    }

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

    /// <summary>
    /// Soonest due first, then undated, oldest first. Two queries rather than one ordered by "has a
    /// due date": each walks the queue's index in order and stops at the first row instead of sorting the queue.
    /// </summary>
    private async Task<WorkItem?> NextInQueueAsync(QueueDefinition queue, CancellationToken ct) =>
        await NextDated(db, queue.Key, ct) ?? await NextUndated(db, queue.Key, ct);

    private void Publish(WorkItem item, Actor actor, string trigger, string fromState, string? fromQueue, bool wasDone) =>
        bus.Publish(new ItemChanged(item.Id, item.Type, trigger, fromState, item.State, item.Version, item.Assignee,
            actor.UserName, item.UpdatedAt, item.SlaDueAt)
        {
            Title = item.Title,
            FromQueue = fromQueue,
            ToQueue = item.QueueKey,
            SlaWarnAt = item.SlaWarnAt,
            IsDone = item.IsDone,
            WasDone = wasDone,
        });

    private static CommandResult Stale(WorkItem current) => new(CommandStatus.Stale, current,
        $"The item changed since version you saw; it is now at version {current.Version}. Reload and try again.");

    private static CommandResult Refused(IWorkflow workflow, WorkItem item, Actor actor, string trigger, FireResult result)
    {
        var permitted = workflow.PermittedTriggers(item.State, new TransitionContext(actor, item.Fields, new Dictionary<string, object?>(), DateTimeOffset.UtcNow))
            .Select(t => t.Trigger).ToList();
        return result.Refusal switch
        {
            Refusal.RoleNotAllowed => new(CommandStatus.Forbidden, item, $"Your role may not fire '{trigger}'."),
            Refusal.UnexpectedFields => CommandResult.Invalid(result.UnexpectedFields.ToDictionary(f => f, f => new[] { Messages.Format("FieldNotParameter", f, trigger) })),
            Refusal.MissingFields => CommandResult.Invalid(result.MissingFields.ToDictionary(f => f, f => new[] { Messages.Format("FieldRequired", f) })),
            Refusal.Blocked => new(CommandStatus.Blocked, item, string.Join(" ", result.BlockedBy.Select(b => b.Text)),
                Permitted: permitted, BlockedBy: result.BlockedBy.Select(b => b.Key).ToList()),
            _ => new(CommandStatus.NotPermitted, item, $"'{trigger}' is not permitted in state {item.State}.", Permitted: permitted),
        };
    }
}
