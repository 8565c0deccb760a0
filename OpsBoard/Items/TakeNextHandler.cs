using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Queues;

namespace OpsBoard.Items;

/// <summary>Taking work from a queue: one item to one person, the most urgent first (<see cref="TakeOrder"/>).</summary>
public sealed class TakeNextHandler(OpsBoardDbContext db, WriteGate gate, CommitStep commit, TakeLine takers, TimeProvider clock)
{
    /// <summary>The most agents served by one transaction; more wait for the next.</summary>
    private const int MostPerTake = 256;

    /// <summary>
    /// Hands the caller the most urgent unassigned item of a queue; never the same item to two people.
    /// Callers line up per queue, and whoever gets the write gate serves everyone waiting in one
    /// transaction (an item and a history row each, events after the commit): a hundred agents
    /// pressing "next" at once cost one commit, not a hundred.
    /// </summary>
    public async Task<WorkItem?> HandleAsync(Actor actor, TakeNextCommand command, CancellationToken ct = default)
    {
        var queue = command.Queue;
        var request = takers.Join(queue.Key, actor);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // Served by someone else first: stop waiting for the gate and answer at once.
        _ = request.Result.Task.ContinueWith(_ => StopWaiting(waiting), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            using (await gate.EnterAsync(waiting.Token))
            {
                if (!request.Result.Task.IsCompleted)
                {
                    await db.Database.OpenConnectionAsync(CancellationToken.None);
                    try
                    {
                        await ServeAsync(queue, takers.Drain(queue.Key, MostPerTake));
                    }
                    finally
                    {
                        await db.Database.CloseConnectionAsync();
                    }
                }
            }
        }
        catch (OperationCanceledException) when (request.Result.Task.IsCompleted && !ct.IsCancellationRequested)
        {
            // The gate wait was called off because the answer came.
        }
        catch (OperationCanceledException)
        {
            // Whoever serves the line next skips a caller who has gone.
            request.Result.TrySetCanceled(ct);
            throw;
        }
        return await request.Result.Task;
    }

    private static void StopWaiting(CancellationTokenSource waiting)
    {
        try
        {
            waiting.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The caller already has its answer and has gone.
        }
    }

    // Runs to the end whatever happens to the caller who serves: the others are waiting on it.
    private async Task ServeAsync(QueueDefinition queue, IReadOnlyList<TakeRequest> line)
    {
        try
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                var items = await TakeOrder.NextAsync(db, queue.Key, line.Count, clock.GetUtcNow());
                var taken = Take(items, line, clock.GetUtcNow());
                if (taken.Count > 0 && await commit.CommitInGateAsync(taken, null, CancellationToken.None) is not null)
                {
                    // Another node took some of them between our read and our write: look again.
                    continue;
                }
                for (var n = 0; n < line.Count; n++)
                {
                    line[n].Result.TrySetResult(n < items.Count ? items[n] : null);
                }
                return;
            }
            Finish(line, null);
        }
        catch (Exception error)
        {
            db.ChangeTracker.Clear();
            foreach (var request in line)
            {
                request.Result.TrySetException(error);
            }
        }
    }

    /// <summary>The n-th item to the n-th caller, in memory; the commit step writes them all in one transaction.</summary>
    private static List<PendingMove> Take(List<WorkItem> items, IReadOnlyList<TakeRequest> line, DateTimeOffset now)
    {
        var taken = new List<PendingMove>(items.Count);
        foreach (var (item, request) in items.Zip(line))
        {
            var before = ItemColumns.Of(item);
            item.AssignTo(request.Actor.UserName, now);
            var move = AppliedMove.Of(item, request.Actor, ItemTriggers.Take, item.State, item.QueueKey, item.IsDone, null, FireCommand.NoFields);
            taken.Add(new PendingMove(item, before, [move], now));
        }
        return taken;
    }

    private static void Finish(IEnumerable<TakeRequest> line, WorkItem? item)
    {
        foreach (var request in line)
        {
            request.Result.TrySetResult(item);
        }
    }
}
