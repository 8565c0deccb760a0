using Microsoft.EntityFrameworkCore;
using OpsBoard.Clients;
using OpsBoard.Data;
using OpsBoard.Domain.Items;

namespace OpsBoard.Items;

/// <summary>
/// The order take-next serves a queue in. SLA band first: overdue (due passed), then due soon (in the last fifth of
/// its time), then on time, then items with no clock. Within a band, priority clients' items come first; then soonest
/// due, then oldest. Each band is two range reads on the queue's index (priority, then the rest) that stop after the
/// rows still needed, so the queue is never sorted whole.
/// </summary>
internal static class TakeOrder
{
    private static readonly Func<OpsBoardDbContext, string, DateTimeOffset, DateTimeOffset, DateTimeOffset, DateTimeOffset, int, IAsyncEnumerable<WorkItem>> PriorityDated =
        EF.CompileAsyncQuery((OpsBoardDbContext db, string queue, DateTimeOffset dueAfter, DateTimeOffset dueUntil, DateTimeOffset warnAfter, DateTimeOffset warnUntil, int count) =>
            db.Items.AsNoTracking()
                .Where(i => i.QueueKey == queue && i.Assignee == null && i.DoneAt == null
                    && i.SlaDueAt > dueAfter && i.SlaDueAt <= dueUntil && i.SlaWarnAt > warnAfter && i.SlaWarnAt <= warnUntil
                    && db.Set<Client>().Any(c => c.Id == i.ClientId && c.Tier == ClientTier.Priority))
                .OrderBy(i => i.SlaDueAt).ThenBy(i => i.Id).Take(count));

    private static readonly Func<OpsBoardDbContext, string, DateTimeOffset, DateTimeOffset, DateTimeOffset, DateTimeOffset, int, IAsyncEnumerable<WorkItem>> StandardDated =
        EF.CompileAsyncQuery((OpsBoardDbContext db, string queue, DateTimeOffset dueAfter, DateTimeOffset dueUntil, DateTimeOffset warnAfter, DateTimeOffset warnUntil, int count) =>
            db.Items.AsNoTracking()
                .Where(i => i.QueueKey == queue && i.Assignee == null && i.DoneAt == null
                    && i.SlaDueAt > dueAfter && i.SlaDueAt <= dueUntil && i.SlaWarnAt > warnAfter && i.SlaWarnAt <= warnUntil
                    && !db.Set<Client>().Any(c => c.Id == i.ClientId && c.Tier == ClientTier.Priority))
                .OrderBy(i => i.SlaDueAt).ThenBy(i => i.Id).Take(count));

    private static readonly Func<OpsBoardDbContext, string, int, IAsyncEnumerable<WorkItem>> PriorityUndated =
        EF.CompileAsyncQuery((OpsBoardDbContext db, string queue, int count) => db.Items.AsNoTracking()
            .Where(i => i.QueueKey == queue && i.Assignee == null && i.DoneAt == null && i.SlaDueAt == null
                && db.Set<Client>().Any(c => c.Id == i.ClientId && c.Tier == ClientTier.Priority))
            .OrderBy(i => i.Id).Take(count));

    private static readonly Func<OpsBoardDbContext, string, int, IAsyncEnumerable<WorkItem>> StandardUndated =
        EF.CompileAsyncQuery((OpsBoardDbContext db, string queue, int count) => db.Items.AsNoTracking()
            .Where(i => i.QueueKey == queue && i.Assignee == null && i.DoneAt == null && i.SlaDueAt == null
                && !db.Set<Client>().Any(c => c.Id == i.ClientId && c.Tier == ClientTier.Priority))
            .OrderBy(i => i.Id).Take(count));

    /// <summary>Up to <paramref name="count"/> unassigned open items of the queue, in the order they are served.</summary>
    public static async Task<List<WorkItem>> NextAsync(OpsBoardDbContext db, string queue, int count, DateTimeOffset now)
    {
        var items = new List<WorkItem>(count);
        foreach (var (dueAfter, dueUntil, warnAfter, warnUntil) in Bands(now))
        {
            await AddAsync(items, count, n => PriorityDated(db, queue, dueAfter, dueUntil, warnAfter, warnUntil, n));
            await AddAsync(items, count, n => StandardDated(db, queue, dueAfter, dueUntil, warnAfter, warnUntil, n));
        }
        await AddAsync(items, count, n => PriorityUndated(db, queue, n));
        await AddAsync(items, count, n => StandardUndated(db, queue, n));
        return items;
    }

    /// <summary>The bands as ranges (after, until] of the due and the warning instants, the way an item's SLA status reads them.</summary>
    private static (DateTimeOffset, DateTimeOffset, DateTimeOffset, DateTimeOffset)[] Bands(DateTimeOffset now) =>
    [
        (DateTimeOffset.MinValue, now, DateTimeOffset.MinValue, DateTimeOffset.MaxValue),
        (now, DateTimeOffset.MaxValue, DateTimeOffset.MinValue, now),
        (now, DateTimeOffset.MaxValue, now, DateTimeOffset.MaxValue),
    ];

    private static async Task AddAsync(List<WorkItem> items, int count, Func<int, IAsyncEnumerable<WorkItem>> query)
    {
        if (items.Count >= count)
        {
            return;
        }
        await foreach (var row in query(count - items.Count))
        {
            items.Add(row);
        }
    }
}
