using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;

namespace OpsBoard.Items;

/// <summary>
/// A fact recorded on an item that does not move it (a file attached, a contact logged): the
/// command's own rows, the item one version on and a history row, in one transaction through the
/// commit step, the event after it. A fact needs no version of the caller's: it happened, so a change
/// committed meanwhile is read again and the fact recorded on the item as it is now.
/// </summary>
public sealed record AnnotateCommand(long ItemId, string Trigger, string? Note, IReadOnlyDictionary<string, object?> Changes, MoveStep Also);

public sealed class AnnotateHandler(OpsBoardDbContext db, MovePlanner planner, CommitStep commit, TimeProvider clock)
{
    private const int MaxAttempts = 5;

    public async Task<CommandResult> HandleAsync(Actor actor, AnnotateCommand command, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var item = await planner.FindAsync(actor, command.ItemId, ct);
                if (item is null)
                {
                    return CommandResult.NotFound(command.ItemId);
                }
                var before = ItemColumns.Of(item);
                var now = clock.GetUtcNow();
                item.Annotate(now);
                var move = AppliedMove.Of(item, actor, command.Trigger, item.State, item.QueueKey, item.IsDone, command.Note, command.Changes);
                var refusal = await commit.CommitAsync([new PendingMove(item, before, [move], now)], command.Also, ct);
                if (refusal is null)
                {
                    return CommandResult.Ok(item);
                }
                if (refusal.Status != CommandStatus.Stale || attempt == MaxAttempts)
                {
                    return refusal;
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
