using Microsoft.EntityFrameworkCore;
using OpsBoard.Api;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;

namespace OpsBoard.Items;

/// <summary>A lead moving work between people: who holds an item changes, its state and clock do not.</summary>
public sealed class AssignHandler(OpsBoardDbContext db, MovePlanner planner, CommitStep commit, TimeProvider clock)
{
    /// <summary>Gives an open item to a member of staff, or back to its queue's pool; only a lead or manager may.</summary>
    public async Task<CommandResult> HandleAsync(Actor actor, AssignCommand command, CancellationToken ct = default)
    {
        if (!actor.IsInAnyRole([.. Roles.Leads, Roles.Admin]))
        {
            return new(CommandStatus.Forbidden, Detail: ApiText.Get("AssignLeadsOnly"));
        }
        var assignee = string.IsNullOrWhiteSpace(command.Assignee) ? null : command.Assignee.Trim();
        if (assignee is not null && !await db.Users.AnyAsync(u => u.UserName == assignee, ct))
        {
            return CommandResult.Invalid(new Dictionary<string, string[]> { ["assignee"] = [ApiText.Format("UnknownUser", assignee)] });
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var item = await planner.FindAsync(actor, command.ItemId, ct);
            if (item is null)
            {
                return CommandResult.NotFound(command.ItemId);
            }
            if (command.ExpectedVersion != item.Version)
            {
                return Refusals.Stale(item);
            }
            if (item.IsDone || item.Assignee == assignee)
            {
                return new(CommandStatus.NotPermitted, item, item.IsDone
                    ? ApiText.Format("AssignFinished", item.Id)
                    : assignee is null ? ApiText.Format("AlreadyUnassigned", item.Id) : ApiText.Format("AlreadyAssigned", item.Id, assignee));
            }
            var before = ItemColumns.Of(item);
            var now = clock.GetUtcNow();
            item.AssignTo(assignee, now);
            var note = string.IsNullOrWhiteSpace(command.Note) ? (assignee is null ? "Back to the queue." : $"Assigned to {assignee}.") : command.Note;
            var move = AppliedMove.Of(item, actor, ItemTriggers.Assign, item.State, item.QueueKey, item.IsDone, note, FireCommand.NoFields);
            return await commit.CommitAsync([new PendingMove(item, before, [move], now)], null, ct) ?? CommandResult.Ok(item);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
