using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;

namespace OpsBoard.Items;

/// <summary>Why one item of a batch was refused.</summary>
public sealed record BatchRefusal(long ItemId, CommandResult Result);

/// <summary>A batch either moved every item or, refused, changed nothing and says why for each item.</summary>
public sealed record BatchResult(IReadOnlyList<CommandResult> Moved, IReadOnlyList<BatchRefusal> Refused)
{
    public bool Succeeded => Refused.Count == 0;
}

/// <summary>Fires several moves as one transaction: every item moves or none does; events only after the commit.</summary>
public sealed class BatchHandler(OpsBoardDbContext db, MovePlanner planner, CommitStep commit, TimeProvider clock)
{
    public async Task<BatchResult> HandleAsync(Actor actor, BatchCommand command, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var pending = new List<PendingMove>(command.Moves.Count);
            var refused = new List<BatchRefusal>();
            foreach (var move in command.Moves)
            {
                var (refusal, prepared) = await planner.PrepareAsync(actor, move, clock, ct);
                if (refusal is not null)
                {
                    refused.Add(new BatchRefusal(move.ItemId, refusal));
                }
                else
                {
                    pending.Add(prepared!);
                }
            }
            if (refused.Count > 0 || pending.Count == 0)
            {
                return new BatchResult([], refused);
            }
            if (await commit.CommitAsync(pending, Also(command), ct) is not { } failed)
            {
                return new BatchResult(pending.Select(p => CommandResult.Ok(p.Item)).ToList(), []);
            }
            // Stale: another writer moved one of them between our read and our write, so none of them went.
            return new BatchResult([], failed.Status == CommandStatus.Stale || failed.Item is null
                ? pending.Select(p => new BatchRefusal(p.Item.Id, failed.Status == CommandStatus.Stale ? Refusals.Stale(p.Item) : failed)).ToList()
                : [new BatchRefusal(failed.Item.Id, failed)]);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The batch's own step, then each move's, as the one step the commit runs.</summary>
    private static MoveStep? Also(BatchCommand command)
    {
        MoveStep[] steps = [.. new[] { command.Also }.Concat(command.Moves.Select(m => m.Also)).OfType<MoveStep>()];
        if (steps.Length <= 1)
        {
            return steps.FirstOrDefault();
        }
        return async (move, ct) =>
        {
            foreach (var step in steps)
            {
                if (await step(move, ct) is { } refusal)
                {
                    return refusal;
                }
            }
            return null;
        };
    }
}
