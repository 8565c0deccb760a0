using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Board;

/// <summary>One hour of the business day: the moves people made, the items they finished and the items whose SLA ran out in it.</summary>
public sealed record BoardHour(DateTimeOffset Start, int Moves, int Done, int Breaches);

/// <summary>
/// Today's trend per business-zone hour, read from the item history in one grouped query per refresh.
/// The history is filtered on its time index first (today only), and the breaches come from the items'
/// due times through the DoneAt index, so the cost follows today's rows, not the table's million.
/// </summary>
public static class BoardHours
{
    private static readonly long TicksPerHour = TimeSpan.TicksPerHour;

    public static async Task<IReadOnlyList<BoardHour>> TodayAsync(OpsBoardDbContext db, WorkflowCatalog workflows, BusinessCalendarOptions calendar,
        TimeZoneInfo zone, DateTimeOffset now, CancellationToken ct = default)
    {
        var start = BoardRules.DayStart(zone, BoardRules.LocalDay(zone, now));
        var end = BoardRules.DayStart(zone, BoardRules.LocalDay(zone, now).AddDays(1));
        var rows = await Query(db, start.UtcTicks, end.UtcTicks, now.UtcTicks).ToListAsync(ct);
        return Hours(rows, workflows, calendar, zone, start, end, now);
    }

    /// <summary>Grouped in the database: a handful of rows per hour whatever the day's volume. Hours count from the zone's midnight, so a DST day stays right.</summary>
    private static IQueryable<HourRow> Query(OpsBoardDbContext db, long start, long end, long now) => db.Database.SqlQuery<HourRow>($"""
        SELECT (h."At" - {start}) / {TicksPerHour} AS "Hour", h."ItemType" AS "Type", h."Trigger" AS "Trigger", h."FromState" AS "FromState",
               h."ToState" AS "ToState", h."Actor" AS "Actor", COUNT(*) AS "Count", 0 AS "Breaches"
        FROM "ItemHistory" AS h
        WHERE h."At" >= {start} AND h."At" < {end}
        GROUP BY 1, 2, 3, 4, 5, 6
        UNION ALL
        SELECT (i."SlaDueAt" - {start}) / {TicksPerHour}, '', '', '', '', '', 0, COUNT(*)
        FROM "Items" AS i
        WHERE i."DoneAt" IS NULL AND i."SlaDueAt" >= {start} AND i."SlaDueAt" < {now}
        GROUP BY 1
        UNION ALL
        SELECT (i."SlaDueAt" - {start}) / {TicksPerHour}, '', '', '', '', '', 0, COUNT(*)
        FROM "Items" AS i
        WHERE i."DoneAt" >= {start} AND i."DoneAt" > i."SlaDueAt" AND i."SlaDueAt" >= {start} AND i."SlaDueAt" < {now}
        GROUP BY 1
        """);

    private static List<BoardHour> Hours(List<HourRow> rows, WorkflowCatalog workflows, BusinessCalendarOptions calendar,
        TimeZoneInfo zone, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        var moves = new Dictionary<long, int>();
        var done = new Dictionary<long, int>();
        var breaches = new Dictionary<long, int>();
        foreach (var row in rows)
        {
            if (row.Breaches > 0)
            {
                breaches[row.Hour] = breaches.GetValueOrDefault(row.Hour) + row.Breaches;
                continue;
            }
            if (BoardRules.IsCountedMove(row.Trigger, row.Actor))
            {
                moves[row.Hour] = moves.GetValueOrDefault(row.Hour) + row.Count;
            }
            if (BoardRules.Finishes(workflows.Find(row.Type), row.Trigger, row.Actor, row.FromState, row.ToState))
            {
                done[row.Hour] = done.GetValueOrDefault(row.Hour) + row.Count;
            }
        }
        // The working day always shows, stretched to any hour that had activity and to the hour we are in.
        var hoursToday = (long)Math.Ceiling((end - start).TotalHours);
        var first = (long)Math.Floor((LocalAt(start, calendar.DayStart, zone) - start).TotalHours);
        var last = (long)Math.Ceiling((LocalAt(start, calendar.DayEnd, zone) - start).TotalHours) - 1;
        var current = (long)Math.Floor((now - start).TotalHours);
        var active = moves.Keys.Concat(done.Keys).Concat(breaches.Keys).Append(current).Where(h => h >= 0 && h < hoursToday).ToList();
        first = Math.Max(0, Math.Min(first, active.Min()));
        last = Math.Min(hoursToday - 1, Math.Max(last, active.Max()));
        var hours = new List<BoardHour>();
        for (var h = first; h <= last; h++)
        {
            hours.Add(new BoardHour(start.AddHours(h), moves.GetValueOrDefault(h), done.GetValueOrDefault(h), breaches.GetValueOrDefault(h)));
        }
        return hours;
    }

    private static DateTimeOffset LocalAt(DateTimeOffset dayStart, TimeOnly time, TimeZoneInfo zone)
    {
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(dayStart, zone).DateTime).ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private sealed class HourRow
    {
        public long Hour { get; init; }

        public string Type { get; init; } = "";

        public string Trigger { get; init; } = "";

        public string FromState { get; init; } = "";

        public string ToState { get; init; } = "";

        public string Actor { get; init; } = "";

        public int Count { get; init; }

        public int Breaches { get; init; }
    }
}
