using Microsoft.EntityFrameworkCore;
using OpsBoard.Board;
using OpsBoard.Data;
using OpsBoard.Documents.DailyReport;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Documents.WeeklyReport;

/// <summary>
/// A week and the week before it, each read once from the history and counted with the daily
/// report's rules (<see cref="DailyFigures"/>) for every day and for the whole week.
/// </summary>
public sealed class WeeklyReportQuery(DailyReportQuery daily, OpsBoardDbContext db, WorkflowCatalog workflows, BusinessCalendar calendar,
    Turns.PartyTimeQuery parties, TimeProvider clock)
{
    private static readonly Dictionary<long, string> NoTitles = [];

    public DateOnly Today => daily.Today;

    public async Task<WeeklyReportData> LoadAsync(DateOnly monday, CancellationToken ct = default)
    {
        var current = await WeekAsync(monday, ct);
        var previous = await WeekAsync(monday.AddDays(-7), ct);
        var end = BoardRules.DayStart(calendar.Zone, monday.AddDays(7));
        var now = clock.GetUtcNow();
        var moment = now < end ? now : end;
        var start = BoardRules.DayStart(calendar.Zone, monday);
        return new WeeklyReportData(current, previous, moment) { ByParty = await parties.LoadAsync(start, moment, ct) };
    }

    private async Task<WeekFigures> WeekAsync(DateOnly monday, CancellationToken ct)
    {
        var period = await daily.ReadAsync(monday, monday.AddDays(7), ct);
        var week = Figures(period, monday, period.Start, period.Moment);
        var days = Enumerable.Range(0, 7).Select(n => monday.AddDays(n)).Select(day => Day(period, day)).ToList();

        var late = LateItems.Rank(period, calendar);
        var top = late.Take(LateItems.Shown).ToList();
        var ids = top.Select(l => l.Id).ToList();
        var titles = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, ct);
        return new WeekFigures(monday, days, week.Workflows,
            [.. top.Select(l => new LateItem(l.Id, l.Type, titles.GetValueOrDefault(l.Id, string.Empty), l.LateBy))], late.Count);
    }

    private DayFlow Day(PeriodHistory period, DateOnly day)
    {
        var start = BoardRules.DayStart(calendar.Zone, day);
        if (start >= period.Moment)
        {
            return new DayFlow(day, 0, 0, 0, 0);
        }
        var end = BoardRules.DayStart(calendar.Zone, day.AddDays(1));
        var figures = Figures(period, day, start, end < period.Moment ? end : period.Moment);
        return new DayFlow(day, figures.Workflows.Sum(w => w.Created), figures.Workflows.Sum(w => w.Finished),
            figures.Agents.Sum(a => a.Transitions), figures.Workflows.Sum(w => w.LateMoves));
    }

    private DailyReportData Figures(PeriodHistory period, DateOnly day, DateTimeOffset start, DateTimeOffset moment) =>
        new DailyFigures(workflows, calendar.Zone, day, start, moment).Compute(period.Timelines, period.OpenIds, NoTitles);
}
