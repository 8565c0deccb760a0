using OpsBoard.Domain.Sla;

namespace OpsBoard.Collections;

public enum Pace
{
    Behind,
    OnPace,
    Ahead,
}

/// <summary>Where an agent's calls stand against the share of the target the working day so far asks for.</summary>
public static class CallPace
{
    /// <summary>Within this share of the day's target of what is expected by now counts as on pace.</summary>
    public const double Tolerance = 0.05;

    public static int ExpectedBy(DateTimeOffset now, int target, BusinessCalendarOptions calendar, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (!calendar.WorkingDays.Contains(day.DayOfWeek) || calendar.Holidays.Contains(day))
        {
            return 0;
        }
        var length = (calendar.DayEnd - calendar.DayStart).TotalMinutes;
        var elapsed = Math.Clamp((TimeOnly.FromDateTime(local.DateTime) - calendar.DayStart).TotalMinutes, 0, length);
        // TimeOnly subtraction wraps around midnight: before the day starts nothing is expected yet.
        if (TimeOnly.FromDateTime(local.DateTime) < calendar.DayStart)
        {
            elapsed = 0;
        }
        return length <= 0 ? target : (int)Math.Round(target * elapsed / length);
    }

    public static Pace Of(int calls, int expected, int target)
    {
        var slack = Math.Max(1, (int)Math.Round(target * Tolerance));
        return calls >= expected + slack ? Pace.Ahead : calls <= expected - slack ? Pace.Behind : Pace.OnPace;
    }
}
