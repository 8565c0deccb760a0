using Microsoft.EntityFrameworkCore;
using OpsBoard.Board;
using OpsBoard.Data;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;

namespace OpsBoard.Documents.DailyReport;

/// <summary>Reads the history table for one day and hands it to <see cref="DailyFigures"/>; never changes anything.</summary>
public sealed class DailyReportQuery(OpsBoardDbContext db, WorkflowCatalog workflows, SlaTimer sla,
    BusinessCalendarOptions calendar, TimeProvider clock)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(calendar.TimeZone);

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
            .Select(l => l.ItemId).ToList();
        var touchedIds = await db.History.Where(h => h.At >= start && h.At < moment).Select(h => h.ItemId).Distinct().ToListAsync(ct);
        var ids = openIds.Union(touchedIds).ToList();

        var rows = await db.History.AsNoTracking().Where(h => h.At < moment && ids.Contains(h.ItemId)).OrderBy(h => h.Id)
            .Select(h => new HistoryRow(h.Id, h.ItemId, h.ItemType, h.At, h.Actor, h.Trigger, h.FromState, h.ToState, h.ChangesJson))
            .ToListAsync(ct);
        var timelines = rows.GroupBy(r => r.ItemId)
            .Where(g => workflows.Find(g.First().ItemType) is not null)
            .ToDictionary(g => g.Key, g => ItemTimeline.Replay(g.ToList(), workflows.Get(g.First().ItemType), sla));

        var oldestIds = timelines.Where(t => openIds.Contains(t.Key)).OrderBy(t => t.Value.CreatedAt).ThenBy(t => t.Key)
            .Take(DailyFigures.OldestCount).Select(t => t.Key).ToList();
        var titles = await db.Items.AsNoTracking().Where(i => oldestIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, ct);

        return new DailyFigures(workflows, _zone, day, start, moment).Compute(timelines, openIds.ToHashSet(), titles);
    }
}
