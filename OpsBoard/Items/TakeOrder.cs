using Microsoft.EntityFrameworkCore;
using OpsBoard.Clients;
using OpsBoard.Data;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Items;

/// <summary>
/// The order take-next serves a queue in. SLA band first: overdue (due passed), then due soon (in the last fifth of
/// its time), then on time, then items with no clock. Within a band, priority clients' items come first; then soonest
/// due, then oldest. Every read walks an index range and stops after the rows still needed: the queue is never sorted whole.
/// </summary>
internal static class TakeOrder
{
    private static readonly PerProvider<Func<OpsBoardDbContext, string, DateTimeOffset, int, IAsyncEnumerable<WorkItem>>> Overdue = new(() =>
        EF.CompileAsyncQuery((OpsBoardDbContext db, string queue, DateTimeOffset now, int count) => db.Items.AsNoTracking()
            .Where(i => i.QueueKey == queue && i.Assignee == null && i.DoneAt == null && i.SlaDueAt != null && i.SlaDueAt <= now)
            .OrderBy(i => i.SlaDueAt).ThenBy(i => i.Id).Take(count)));

    // Warned, whether due or not: only the warning instant is asked, so the (queue, assignee, warning) index answers it.
    // It is read once the overdue ones did not fill the line, so it holds fewer overdue rows than the line and the due-soon ones.
    private static readonly PerProvider<Func<OpsBoardDbContext, string, DateTimeOffset, IAsyncEnumerable<WorkItem>>> Warned = new(() =>
        EF.CompileAsyncQuery((OpsBoardDbContext db, string queue, DateTimeOffset now) => db.Items.AsNoTracking()
            .Where(i => i.QueueKey == queue && i.Assignee == null && i.DoneAt == null && i.SlaWarnAt <= now)));

    private static readonly PerProvider<Func<OpsBoardDbContext, string, DateTimeOffset, int, IAsyncEnumerable<WorkItem>>> OnTime = new(() =>
        EF.CompileAsyncQuery((OpsBoardDbContext db, string queue, DateTimeOffset now, int count) => db.Items.AsNoTracking()
            .Where(i => i.QueueKey == queue && i.Assignee == null && i.DoneAt == null && i.SlaDueAt > now && i.SlaWarnAt > now)
            .OrderBy(i => i.SlaDueAt).ThenBy(i => i.Id).Take(count)));

    private static readonly PerProvider<Func<OpsBoardDbContext, string, int, IAsyncEnumerable<WorkItem>>> Undated = new(() =>
        EF.CompileAsyncQuery((OpsBoardDbContext db, string queue, int count) => db.Items.AsNoTracking()
            .Where(i => i.QueueKey == queue && i.Assignee == null && i.DoneAt == null && i.SlaDueAt == null)
            .OrderBy(i => i.Id).Take(count)));

    /// <summary>Up to <paramref name="count"/> unassigned open items of the queue, in the order they are served.</summary>
    public static async Task<List<WorkItem>> NextAsync(OpsBoardDbContext db, string queue, int count, DateTimeOffset now)
    {
        var priority = await PriorityAsync(db, queue, now);
        var taken = new HashSet<long>();
        var items = new List<WorkItem>(count);
        void Serve(IEnumerable<WorkItem> rows)
        {
            foreach (var row in rows)
            {
                if (items.Count < count && taken.Add(row.Id))
                {
                    items.Add(row);
                }
            }
        }
        foreach (var band in (SlaStatus[])[SlaStatus.Breached, SlaStatus.NearBreach, SlaStatus.Ok, SlaStatus.None])
        {
            if (items.Count >= count)
            {
                break;
            }
            var first = priority.Where(p => p.Band == band).Select(p => p.Item).ToList();
            Serve(first);
            // Read past the priority items of the band, which come back among these too.
            var need = count - items.Count + first.Count;
            Serve(band switch
            {
                SlaStatus.Breached => await ListAsync(Overdue.For(db)(db, queue, now, need)),
                SlaStatus.NearBreach => ServeOrder((await ListAsync(Warned.For(db)(db, queue, now))).Where(i => i.SlaStatusAt(now) == SlaStatus.NearBreach)),
                SlaStatus.Ok => await ListAsync(OnTime.For(db)(db, queue, now, need)),
                _ => await ListAsync(Undated.For(db)(db, queue, need)),
            });
        }
        return items;
    }

    /// <summary>The queue's unassigned open items of priority clients, each with its band, in serving order; none when no client is a priority one.</summary>
    private static async Task<List<(WorkItem Item, SlaStatus Band)>> PriorityAsync(OpsBoardDbContext db, string queue, DateTimeOffset now)
    {
        var clients = await db.Clients().Where(c => c.Tier == ClientTier.Priority).Select(c => (long?)c.Id).ToListAsync();
        if (clients.Count == 0)
        {
            return [];
        }
        var rows = await db.Items.AsNoTracking()
            .Where(i => clients.Contains(i.ClientId) && i.QueueKey == queue && i.Assignee == null && i.DoneAt == null).ToListAsync();
        return [.. ServeOrder(rows).Select(i => (i, i.SlaStatusAt(now)))];
    }

    private static IEnumerable<WorkItem> ServeOrder(IEnumerable<WorkItem> rows) =>
        rows.OrderBy(i => i.SlaDueAt is null).ThenBy(i => i.SlaDueAt).ThenBy(i => i.Id);

    private static async Task<List<WorkItem>> ListAsync(IAsyncEnumerable<WorkItem> rows)
    {
        var list = new List<WorkItem>();
        await foreach (var row in rows)
        {
            list.Add(row);
        }
        return list;
    }
}
