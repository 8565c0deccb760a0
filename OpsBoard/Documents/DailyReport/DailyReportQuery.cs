using Microsoft.EntityFrameworkCore;
using OpsBoard.Board;
using OpsBoard.Data;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;

namespace OpsBoard.Documents.DailyReport;

/// <summary>Reads the history table for one day and hands it to <see cref="DailyFigures"/>; never changes anything.</summary>
public sealed class DailyReportQuery(OpsBoardDbContext db, WorkflowCatalog workflows, SlaTimer sla,
    BusinessCalendar calendar, TimeProvider clock, Turns.PartySplitter parties)
{
    private readonly TimeZoneInfo _zone = calendar.Zone;

    public DateOnly Today => BoardRules.LocalDay(_zone, clock.GetUtcNow());

    public async Task<DailyReportData> LoadAsync(DateOnly day, CancellationToken ct = default)
    {
        var period = await ReadAsync(day, day.AddDays(1), ct);
        var start = period.Start;
        var moment = period.Moment;
        var openIds = period.OpenIds;
        var timelines = period.Timelines;

        var oldestIds = timelines.Where(t => openIds.Contains(t.Key)).OrderBy(t => t.Value.CreatedAt).ThenBy(t => t.Key)
            .Take(DailyFigures.OldestCount).Select(t => t.Key).ToList();
        var titles = await db.Items.AsNoTracking().Where(i => oldestIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, ct);

        var contacts = await db.Set<Contacts.ItemContact>().AsNoTracking().Where(c => c.At >= start && c.At < moment)
            .GroupBy(c => c.Channel).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var openOrders = timelines.Where(t => t.Value.Last.ItemType == Domain.Workflows.Orders.OrderWorkflow.Type && openIds.Contains(t.Key))
            .ToDictionary(t => t.Key, t => t.Value.Last.ToState);
        var orders = await Orders.OrderCounts.OfAsync(db, openOrders, ct);
        return new DailyFigures(workflows, _zone, day, start, moment).Compute(timelines, openIds, titles) with
        {
            OrdersByChannel = orders,
            ContactsByChannel = [.. Contacts.ContactChannels.All.Where(contacts.ContainsKey).Select(c => new CountRow(c, contacts[c]))],
            // The items replayed are those touched on the day and those open at its moment: every item that had a turn in the day.
            ByParty = parties.Split(timelines.Values.Select(t => (t.Last.ItemType, (IReadOnlyList<StateEntry>)t.Entries)), start, moment),
        };
    }

    /// <summary>
    /// The replayed history of every item touched from the first day up to the end day (exclusive) or now,
    /// and of every item open at that moment: the daily report reads one day, the weekly one a week.
    /// </summary>
    public async Task<PeriodHistory> ReadAsync(DateOnly first, DateOnly end, CancellationToken ct = default)
    {
        var start = BoardRules.DayStart(_zone, first);
        var stop = BoardRules.DayStart(_zone, end);
        var now = clock.GetUtcNow();
        var moment = now < stop ? now : stop;

        // Where every item stood at the moment: its latest history row before it.
        var latestIds = db.History.Where(h => h.At < moment).GroupBy(h => h.ItemId).Select(g => g.Max(h => h.Id));
        var latest = await db.History.AsNoTracking().Where(h => latestIds.Contains(h.Id))
            .Select(h => new { h.ItemId, h.ItemType, h.ToState }).ToListAsync(ct);
        var openIds = latest.Where(l => workflows.Find(l.ItemType) is { } w && !w.DoneStates.Contains(l.ToState))
            .Select(l => l.ItemId).ToHashSet();
        // Items touched in the period are selected in SQL (there may be tens of thousands); open ones are few.
        var rows = (await HistoryReader.TouchedAsync(db, start, moment, ct))
            .UnionBy(await Rows(db.History.Where(h => h.At < moment && openIds.Contains(h.ItemId)), ct), r => r.Id)
            .OrderBy(r => r.Id).ToList();
        // Each item's replay is independent of the others'.
        var timelines = rows.GroupBy(r => r.ItemId).AsParallel()
            .Where(g => workflows.Find(g.First().ItemType) is not null)
            .ToDictionary(g => g.Key, g => ItemTimeline.Replay(g.ToList(), workflows.Get(g.First().ItemType), sla));
        return new PeriodHistory(start, moment, timelines, openIds);
    }

    private static Task<List<HistoryRow>> Rows(IQueryable<Domain.Items.ItemHistoryEntry> query, CancellationToken ct) =>
        query.AsNoTracking().Select(h => new HistoryRow(h.Id, h.ItemId, h.ItemType, h.At, h.Actor, h.Trigger, h.FromState, h.ToState, h.ChangesJson))
            .ToListAsync(ct);
}
