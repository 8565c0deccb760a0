using OpsBoard.Board;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Documents.WeeklyReport;

public static class BusinessSpan
{
    /// <summary>The working time between two instants: only working hours of working days count.</summary>
    public static TimeSpan Between(this BusinessCalendar calendar, DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }
        var zone = calendar.Zone;
        var total = TimeSpan.Zero;
        for (var day = BoardRules.LocalDay(zone, from); day <= BoardRules.LocalDay(zone, to); day = day.AddDays(1))
        {
            var dayStart = BoardRules.DayStart(zone, day);
            var nextDay = BoardRules.DayStart(zone, day.AddDays(1));
            var a = from > dayStart ? from : dayStart;
            // The last instant of the day, so the whole working day counts when the span runs past it.
            var b = to < nextDay ? to : nextDay.AddTicks(-1);
            total += calendar.WorkedToday(b) - calendar.WorkedToday(a);
        }
        return total;
    }
}
