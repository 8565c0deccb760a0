using OpsBoard.Documents.DailyReport;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Documents.WeeklyReport;

/// <summary>Items whose clock ran out in a period: a late move in it, or still open past due at its end.</summary>
public static class LateItems
{
    public const int Shown = 10;

    /// <summary>Each late item's longest overrun in business time, latest first.</summary>
    public static IReadOnlyList<(long Id, string Type, TimeSpan LateBy)> Rank(PeriodHistory period, BusinessCalendar calendar)
    {
        var late = new List<(long Id, string Type, TimeSpan LateBy)>();
        foreach (var (id, timeline) in period.Timelines)
        {
            var spans = timeline.Rows.Where(r => r.At >= period.Start && r.At < period.Moment && timeline.DueOfLateRows.ContainsKey(r.Id))
                .Select(r => calendar.Between(timeline.DueOfLateRows[r.Id], r.At)).ToList();
            if (period.OpenIds.Contains(id) && timeline.Window is { } window && window.DueAt < period.Moment)
            {
                spans.Add(calendar.Between(window.DueAt, period.Moment));
            }
            if (spans.Count > 0)
            {
                late.Add((id, timeline.Last.ItemType, spans.Max()));
            }
        }
        return [.. late.OrderByDescending(l => l.LateBy).ThenBy(l => l.Id)];
    }
}
