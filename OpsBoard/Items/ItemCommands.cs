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
public sealed partial class ItemCommands(OpsBoardDbContext db, WorkflowCatalog workflows, QueueCatalog queues,
    SlaTimer sla, WriteGate gate, LiveBus bus, TimeProvider clock, IEnumerable<IItemMoveHook> hooks, TakeLine takers)
{
    public const string CreateTrigger = "Create";
    public const string TakeTrigger = "Take";

    // Compiled once: on the write path, finding the LINQ in the query cache on every call cost more than running its SQL.
    private static readonly Func<OpsBoardDbContext, long, CancellationToken, Task<WorkItem?>> ById =
        EF.CompileAsyncQuery((OpsBoardDbContext db, long id, CancellationToken ct) => db.Items.AsNoTracking().FirstOrDefault(i => i.Id == id));

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
            // EF Core inserts the new row for its generated id; from then on the item is written like any other move.
            db.Items.Add(item);
            await db.SaveChangesAsync(ct);
            db.Entry(item).State = EntityState.Detached;
            var created = Moved(item, actor, CreateTrigger, string.Empty, null, wasDone: false, null, values);
            await using (var rows = ItemRows.For(db))
            {
                await rows.AddHistoryAsync(created.History, ct);
            }
            await transaction.CommitAsync(ct);
            Publish(item, created);
        }
        return CommandResult.Ok(item);
    }

    /// <remarks>
    /// A feature's own rows changed beforehand on the same context (a deposit marked matched) are
    /// saved in the same transaction as the move, or not at all.
    /// </remarks>
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
        var (refusal, move) = await PrepareAsync(actor, id, request, ct);
        if (refusal is not null)
        {
            return refusal;
        }
        return await CommitAsync(move!, ct);
    }

    /// <summary>
    /// Inside the write gate and one transaction: the features' part (hooks), then the item and its
    /// history rows; the event after commit. Refused or stale, nothing is written.
    /// </summary>
    private async Task<CommandResult> CommitAsync(PendingMove move, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var hookOrStale = await RunHooksAsync(move, ct);
            if (hookOrStale is null && !await WriteAsync(move, ct))
            {
                hookOrStale = Stale(await db.Items.AsNoTracking().FirstAsync(i => i.Id == move.Item.Id, ct));
            }
            if (hookOrStale is not null)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return hookOrStale;
            }
            await transaction.CommitAsync(ct);
            Publish(move);
        }
        return CommandResult.Ok(move.Item);
    }

    /// <summary>
    /// Asks the state machine and, when it agrees, changes the tracked item and adds its history rows
    /// (the move and any the workflow then makes by itself); saves nothing.
    /// </summary>
    private async Task<(CommandResult? Refusal, PendingMove? Move)> PrepareAsync(Actor actor, long id, TransitionRequest request, CancellationToken ct)
    {
        var item = await ById(db, id, ct);
        if (item is null)
        {
            return (CommandResult.NotFound(id), null);
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
            return (CommandResult.Invalid(errors), null);
        }
        if (request.ExpectedVersion != item.Version)
        {
            return (Stale(item), null);
        }
        var now = clock.GetUtcNow();
        var before = ItemColumns.Of(item);
        var context = new TransitionContext(actor, item.Fields, values, now);
        var result = workflow.Fire(item.State, request.Trigger!, context);
        if (!result.Succeeded)
        {
            return (Refused(workflow, item, actor, request.Trigger!, result), null);
        }
        var moves = new List<AppliedMove> { Apply(workflow, item, actor, result, request.Note, now) };
        // Moves the workflow makes by itself (the last signature activating a dossier) join the same transaction.
        foreach (var automatic in workflow.AutomaticTriggers)
        {
            var follow = workflow.Fire(item.State, automatic, new TransitionContext(Actor.System, item.Fields, new Dictionary<string, object?>(), now));
            if (follow.Succeeded)
            {
                moves.Add(Apply(workflow, item, Actor.System, follow, null, now));
            }
        }
        return (null, new PendingMove(item, before, moves, now));
    }

    /// <summary>Lets features write their own rows with a move, or refuse it; runs inside the write gate.</summary>
    private async Task<CommandResult?> RunHooksAsync(PendingMove pending, CancellationToken ct)
    {
        foreach (var move in pending.Moves)
        {
            foreach (var hook in hooks)
            {
                var context = new ItemMoveContext(db, pending.Item, move.Actor, move.Trigger, move.FromState, move.State, move.Changes, pending.At);
                if (await hook.OnMoveAsync(context, ct) is { } refusal)
                {
                    return refusal;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Writes, in the open transaction, what the features added on this context (hooks, a matched
    /// deposit), then the item and its history rows; false when the item moved on meanwhile.
    /// </summary>
    private async Task<bool> WriteAsync(PendingMove pending, CancellationToken ct)
    {
        if (db.ChangeTracker.HasChanges())
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A feature's row (the deposit) was changed by someone else first.
                return false;
            }
        }
        await using var rows = ItemRows.For(db);
        if (!await rows.UpdateAsync(pending.Item, pending.Before, ct))
        {
            return false;
        }
        foreach (var move in pending.Moves)
        {
            await rows.AddHistoryAsync(move.History, ct);
        }
        return true;
    }

    private static CommandResult Stale(WorkItem current) => new(CommandStatus.Stale, current,
        $"The item changed since the version you saw; it is now at version {current.Version}. Reload and try again.");

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
