using Microsoft.EntityFrameworkCore;
using OpsBoard.Board;
using OpsBoard.Data;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;

namespace OpsBoard.Documents.DailyReport;

/// <summary>Reads the history table for one day and hands it to <see cref="DailyFigures"/>; never changes anything.</summary>
public sealed class DailyReportQuery(OpsBoardDbContext db, WorkflowCatalog workflows, SlaTimer sla,
    BusinessCalendar calendar, TimeProvider clock)
{
    private readonly TimeZoneInfo _zone = calendar.Zone;

    public DateOnly Today => BoardRules.LocalDay(_zone, clock.GetUtcNow());

    public async Task<DailyReportData> LoadAsync(DateOnly day, CancellationToken ct = default)
    {
        var start = BoardRules.DayStart(_zone, day);
        var end = BoardRules.DayStart(_zone, day.AddDays(1));
        var now = clock.GetUtcNow();
        var moment = now < end ? now : end;

        // Where every item stood at the moment: its latest history row before it.
        var latestIds = db.History.Where(h => h.At < moment).GroupBy(h => h.ItemId).Select(g => g.Max(h => h.Id));
        var latest = await db.History.AsNoTracking().Where(h => latestIds.Contains(h.Id))
            .Select(h => new { h.ItemId, h.ItemType, h.ToState }).ToListAsync(ct);
        var openIds = latest.Where(l => workflows.Find(l.ItemType) is { } w && !w.DoneStates.Contains(l.ToState))
            .Select(l => l.ItemId).ToHashSet();
        // Items touched on the day are selected in SQL (there may be tens of thousands); open ones are few.
        var rows = (await HistoryReader.TouchedAsync(db, start, moment, ct))
            .UnionBy(await Rows(db.History.Where(h => h.At < moment && openIds.Contains(h.ItemId)), ct), r => r.Id)
            .OrderBy(r => r.Id).ToList();
        // Each item's replay is independent of the others'.
        var timelines = rows.GroupBy(r => r.ItemId).AsParallel()
            .Where(g => workflows.Find(g.First().ItemType) is not null)
            .ToDictionary(g => g.Key, g => ItemTimeline.Replay(g.ToList(), workflows.Get(g.First().ItemType), sla));

        var oldestIds = timelines.Where(t => openIds.Contains(t.Key)).OrderBy(t => t.Value.CreatedAt).ThenBy(t => t.Key)
            .Take(DailyFigures.OldestCount).Select(t => t.Key).ToList();
        var titles = await db.Items.AsNoTracking().Where(i => oldestIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, ct);

        var contacts = await db.Set<Contacts.ItemContact>().AsNoTracking().Where(c => c.At >= start && c.At < moment)
            .GroupBy(c => c.Channel).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var openOrders = latest.Where(l => l.ItemType == Domain.Workflows.Orders.OrderWorkflow.Type && openIds.Contains(l.ItemId))
            .ToDictionary(l => l.ItemId, l => l.ToState);
        var orders = await Orders.OrderCounts.OfAsync(db, openOrders, ct);
        return new DailyFigures(workflows, _zone, day, start, moment).Compute(timelines, openIds, titles) with
        {
            OrdersByChannel = orders,
            ContactsByChannel = [.. Contacts.ContactChannels.All.Where(contacts.ContainsKey).Select(c => new CountRow(c, contacts[c]))],
        };
    }

    private static Task<List<HistoryRow>> Rows(IQueryable<Domain.Items.ItemHistoryEntry> query, CancellationToken ct) =>
        query.AsNoTracking().Select(h => new HistoryRow(h.Id, h.ItemId, h.ItemType, h.At, h.Actor, h.Trigger, h.FromState, h.ToState, h.ChangesJson))
            .ToListAsync(ct);
}
