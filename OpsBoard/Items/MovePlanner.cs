using Microsoft.EntityFrameworkCore;
using OpsBoard.Api;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Items;

/// <summary>
/// Reads the item and asks its state machine about one move; when it agrees, changes the item in
/// memory and records the move and any the workflow then makes by itself. Writes nothing.
/// </summary>
public sealed class MovePlanner(OpsBoardDbContext db, WorkflowCatalog workflows, ItemMoves moves, ItemAccess access, SlaTimer sla)
{
    // Compiled once: on the write path, finding the LINQ in the query cache on every call cost more than running its SQL.
    private static readonly PerProvider<Func<OpsBoardDbContext, long, CancellationToken, Task<WorkItem?>>> ById = new(() =>
        EF.CompileAsyncQuery((OpsBoardDbContext db, long id, CancellationToken ct) => db.Items.AsNoTracking().FirstOrDefault(i => i.Id == id)));

    /// <summary>The item, or null when there is none or the actor may not see it.</summary>
    internal async Task<WorkItem?> FindAsync(Actor actor, long id, CancellationToken ct) =>
        await ById.For(db)(db, id, ct) is { } item && await access.CanSeeAsync(actor, item, ct) ? item : null;

    internal async Task<(CommandResult? Refusal, PendingMove? Move)> PrepareAsync(Actor actor, FireCommand command, TimeProvider clock, CancellationToken ct)
    {
        var item = await ById.For(db)(db, command.ItemId, ct);
        if (item is null)
        {
            return (CommandResult.NotFound(command.ItemId), null);
        }
        var workflow = workflows.Get(item.Type);
        // Who may act comes before what they sent: someone who may not see the item learns nothing else about it.
        switch (await access.ToFireAsync(actor, item, workflow, command.Trigger, ct))
        {
            case FireAccess.Hidden:
                return (CommandResult.NotFound(command.ItemId), null);
            case FireAccess.RoleNotAllowed:
                return (new CommandResult(CommandStatus.Forbidden, Detail: ApiText.Format("RoleMayNotFire", WorkflowText.Trigger(command.Trigger))), null);
        }
        var (values, errors) = FieldInput.Check(workflow.Fields, command.Fields);
        if (string.IsNullOrWhiteSpace(command.Trigger))
        {
            errors["trigger"] = [ApiText.Get("TriggerRequired")];
        }
        if (command.Note?.Length > Domain.Fields.FieldLimits.LongText)
        {
            errors["note"] = [ApiText.Format("NoteTooLong", Domain.Fields.FieldLimits.LongText)];
        }
        if (errors.Count > 0)
        {
            return (CommandResult.Invalid(errors), null);
        }
        if (command.ExpectedVersion != item.Version)
        {
            return (Refusals.Stale(item), null);
        }
        var now = clock.GetUtcNow();
        var before = ItemColumns.Of(item);
        var result = workflow.Fire(item.State, command.Trigger, new TransitionContext(actor, item.Fields, values, now));
        if (!result.Succeeded)
        {
            return (Refusals.Refused(workflow, item, actor, command.Trigger, result), null);
        }
        // The whole history only when a clock may have paused; otherwise the creation is all the clocks need.
        var entries = sla.NeedsHistory(workflow)
            ? await Turns.StateEntries.LoadAsync(db, item.Id, ct)
            : [new Domain.Sla.StateEntry(workflow.InitialState, item.CreatedAt)];
        var applied = new List<AppliedMove> { moves.Apply(workflow, item, entries, actor, result, command.Note, now) };
        // Moves the workflow makes by itself (the last signature activating a dossier) join the same transaction.
        foreach (var automatic in workflow.AutomaticTriggers)
        {
            var follow = workflow.Fire(item.State, automatic, new TransitionContext(Actor.System, item.Fields, new Dictionary<string, object?>(), now));
            if (follow.Succeeded)
            {
                applied.Add(moves.Apply(workflow, item, entries, Actor.System, follow, null, now));
            }
        }
        return (null, new PendingMove(item, before, applied, now));
    }
}
