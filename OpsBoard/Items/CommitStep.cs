using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Items;
using OpsBoard.History;
using OpsBoard.Live;
using OpsBoard.Live.Nodes;

namespace OpsBoard.Items;

/// <summary>
/// Where every command ends: inside the write gate and one transaction, the features' own rows
/// (declared hooks, then the command's own step), then the item and history rows through prepared
/// statements; the events only after the commit. Refused or stale, nothing at all is written.
/// </summary>
public sealed class CommitStep(OpsBoardDbContext db, WriteGate gate, HistoryChain chain, LiveBus bus, IEnumerable<IItemMoveHook> hooks,
    IEnumerable<IItemCreateHook> createHooks, ICommitSignal signal)
{
    private readonly IItemMoveHook[] _hooks = [.. hooks];
    private readonly IItemCreateHook[] _createHooks = [.. createHooks];

    /// <summary>Null when every move was written; else why none was.</summary>
    internal async Task<CommandResult?> CommitAsync(IReadOnlyList<PendingMove> moves, MoveStep? also, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
        {
            return await CommitInGateAsync(moves, also, ct);
        }
    }

    /// <summary>The same, for a caller that already holds the gate because it read what it moves inside it (take-next).</summary>
    internal async Task<CommandResult?> CommitInGateAsync(IReadOnlyList<PendingMove> moves, MoveStep? also, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var seal = await chain.OpenAsync(db, ct);
        var refusal = await JoinAsync(moves, also, ct);
        if (refusal is null && await WriteAsync(moves, seal, ct) is { } moved)
        {
            refusal = Refusals.Stale(await db.Items.AsNoTracking().FirstAsync(i => i.Id == moved.Id, ct));
        }
        if (refusal is not null)
        {
            await transaction.RollbackAsync(ct);
            seal.RolledBack();
            db.ChangeTracker.Clear();
            return refusal;
        }
        await CommitSignalledAsync(transaction, [.. moves.SelectMany(p => p.Moves.Select(m => m.History.Id))], ct);
        seal.Committed();
        foreach (var pending in moves)
        {
            foreach (var move in pending.Moves)
            {
                bus.Publish(move.ToEvent(pending.Item));
            }
        }
        return null;
    }

    /// <summary>
    /// Inserts a new item (EF Core, for its generated id) and its creation row, after the creation hooks' own rows;
    /// null when written, else why nothing was.
    /// </summary>
    internal async Task<CommandResult?> CreateAsync(WorkItem item, CreateCommand command, Func<WorkItem, AppliedMove> created, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var seal = await chain.OpenAsync(db, ct);
            foreach (var hook in _createHooks)
            {
                if (await hook.OnCreateAsync(new CreateContext(db, item, command, item.CreatedAt), ct) is { } refusal)
                {
                    await transaction.RollbackAsync(ct);
                    seal.RolledBack();
                    db.ChangeTracker.Clear();
                    return refusal;
                }
            }
            db.Items.Add(item);
            await db.SaveChangesAsync(ct);
            db.Entry(item).State = EntityState.Detached;
            var move = created(item);
            await using (var rows = ItemRows.For(db, seal))
            {
                await rows.AddHistoryAsync(move.History, ct);
            }
            await CommitSignalledAsync(transaction, [move.History.Id], ct);
            seal.Committed();
            bus.Publish(move.ToEvent(item));
            return null;
        }
    }

    /// <summary>The other nodes' signal goes in the transaction itself, so they hear of it only if, and when, it commits.</summary>
    private async Task CommitSignalledAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, long[] historyIds,
        CancellationToken ct)
    {
        try
        {
            await signal.SignalAsync(db, historyIds, ct);
            await transaction.CommitAsync(ct);
        }
        catch
        {
            signal.Abandoned(historyIds);
            throw;
        }
    }

    private async Task<CommandResult?> JoinAsync(IReadOnlyList<PendingMove> moves, MoveStep? also, CancellationToken ct)
    {
        if (_hooks.Length == 0 && also is null)
        {
            return null;
        }
        var context = new MoveContext(db, [.. moves.SelectMany(p => p.Moves.Select(m => m.Made(p.Item)))], moves[0].At);
        foreach (var hook in _hooks)
        {
            if (await hook.OnMoveAsync(context, ct) is { } refusal)
            {
                return refusal;
            }
        }
        return also is null ? null : await also(context, ct);
    }

    /// <summary>The item rows, each guarded by its version; the first item someone else moved meanwhile, or null.</summary>
    private async Task<WorkItem?> WriteAsync(IReadOnlyList<PendingMove> moves, HistorySeal seal, CancellationToken ct)
    {
        await using var rows = ItemRows.For(db, seal);
        foreach (var pending in moves)
        {
            if (!await rows.UpdateAsync(pending.Item, pending.Before, ct))
            {
                return pending.Item;
            }
            foreach (var move in pending.Moves)
            {
                await rows.AddHistoryAsync(move.History, ct);
            }
        }
        return null;
    }
}
