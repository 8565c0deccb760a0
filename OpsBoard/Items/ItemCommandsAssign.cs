using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain;
using OpsBoard.Domain.Engine;

namespace OpsBoard.Items;

/// <summary>A lead moving work between people: who holds an item changes, its state and clock do not.</summary>
public sealed partial class ItemCommands
{
    public const string AssignTrigger = "Assign";

    /// <summary>Taking or assigning: a change of who holds the item, not a move of the work.</summary>
    public static bool ChangesHolderOnly(string trigger) => trigger is TakeTrigger or AssignTrigger;

    /// <summary>Gives an open item to a member of staff, or back to its queue's pool; only a lead or manager may.</summary>
    public async Task<CommandResult> AssignAsync(Actor actor, long id, AssignRequest request, CancellationToken ct = default)
    {
        if (!actor.IsInAnyRole([.. Roles.Leads, Roles.Admin]))
        {
            return new(CommandStatus.Forbidden, Detail: "Only a lead or a manager may assign work to someone else.");
        }
        var assignee = string.IsNullOrWhiteSpace(request.Assignee) ? null : request.Assignee.Trim();
        var errors = new Dictionary<string, string[]>();
        if (request.ExpectedVersion is null)
        {
            errors["expectedVersion"] = ["The version the change was made from is required."];
        }
        if (assignee is not null && !await db.Users.AnyAsync(u => u.UserName == assignee, ct))
        {
            errors["assignee"] = [$"There is no user '{assignee}'."];
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var item = await ById(db, id, ct);
            if (item is null)
            {
                return CommandResult.NotFound(id);
            }
            if (request.ExpectedVersion != item.Version)
            {
                return Stale(item);
            }
            if (item.IsDone || item.Assignee == assignee)
            {
                return new(CommandStatus.NotPermitted, item, item.IsDone
                    ? $"Item {id} is finished; there is nothing to assign."
                    : $"Item {id} is already {(assignee is null ? "unassigned" : $"assigned to {assignee}")}.");
            }
            var before = ItemColumns.Of(item);
            var now = clock.GetUtcNow();
            item.AssignTo(assignee, now);
            var note = string.IsNullOrWhiteSpace(request.Note) ? (assignee is null ? "Back to the queue." : $"Assigned to {assignee}.") : request.Note;
            var move = Moved(item, actor, AssignTrigger, item.State, item.QueueKey, item.IsDone, note, new Dictionary<string, object?>());
            return await CommitAsync(new PendingMove(item, before, [move], now), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
