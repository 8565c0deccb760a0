using OpsBoard.Domain.Engine;

namespace OpsBoard.Items;

/// <summary>One item's move within a batch.</summary>
public sealed record BatchMove(long ItemId, TransitionRequest Request);

/// <summary>Why one item of a batch was refused.</summary>
public sealed record BatchRefusal(long ItemId, CommandResult Result);

/// <summary>A batch either moved every item or, refused, changed nothing and says why for each item.</summary>
public sealed record BatchResult(IReadOnlyList<CommandResult> Moved, IReadOnlyList<BatchRefusal> Refused)
{
    public bool Succeeded => Refused.Count == 0;
}

public sealed partial class ItemCommands
{
    /// <summary>
    /// Fires several moves as one transaction: every item moves or none does. <paramref name="plan"/>
    /// runs inside the transaction and the write gate, so what it writes (e.g. a protocol that numbers
    /// the batch) commits or rolls back with the moves; events are published only after the commit.
    /// </summary>
    public async Task<BatchResult> FireAllAsync(Actor actor, Func<CancellationToken, Task<IReadOnlyList<BatchMove>>> plan, CancellationToken ct = default)
    {
        using var _ = await gate.EnterAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var moves = await plan(ct);
        var pending = new List<PendingMove>();
        var refused = new List<BatchRefusal>();
        foreach (var move in moves)
        {
            var (refusal, prepared) = await PrepareAsync(actor, move.ItemId, move.Request, ct);
            refusal ??= await RunHooksAsync(prepared!, ct);
            if (refusal is not null)
            {
                refused.Add(new BatchRefusal(move.ItemId, refusal));
            }
            else
            {
                pending.Add(prepared!);
            }
        }
        foreach (var move in refused.Count == 0 ? pending : [])
        {
            if (!await WriteAsync(move, ct))
            {
                // Another node moved one of them between our read and our write.
                refused.AddRange(pending.Select(p => new BatchRefusal(p.Item.Id, Stale(p.Item))));
                break;
            }
        }
        if (refused.Count > 0)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new BatchResult([], refused);
        }
        await transaction.CommitAsync(ct);
        foreach (var move in pending)
        {
            Publish(move);
        }
        return new BatchResult(pending.Select(p => CommandResult.Ok(p.Item)).ToList(), []);
    }
}
