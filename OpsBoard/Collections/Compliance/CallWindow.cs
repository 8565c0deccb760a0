namespace OpsBoard.Collections.Compliance;

/// <summary>
/// The compliance rule itself, with no storage: given the debtor's zone, the moment and the calls already made to
/// the debtor that local day, whether a call may start and when the next one may.
/// </summary>
public sealed class CallWindow(ComplianceOptions options)
{
    public (string? Reason, DateTimeOffset? NextAllowedAt) Check(DateTimeOffset now, TimeZoneInfo zone, int attemptsToday)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (!options.IsCallDay(day.DayOfWeek) || time < options.CallsFrom || time >= options.CallsUntil)
        {
            var from = options.IsCallDay(day.DayOfWeek) && time < options.CallsFrom ? day : NextCallDay(day);
            return (CallCheck.OutsideWindow, At(zone, from, options.CallsFrom));
        }
        if (options.MaxAttemptsPerDay is { } max && attemptsToday >= max)
        {
            return (CallCheck.AttemptsExceeded, At(zone, NextCallDay(day), options.CallsFrom));
        }
        return (null, null);
    }

    /// <summary>The latest moment at or before <paramref name="now"/> a call could start: now itself inside the window.</summary>
    public DateTimeOffset LastOpen(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (options.IsCallDay(day.DayOfWeek) && time >= options.CallsFrom && time < options.CallsUntil)
        {
            return now;
        }
        if (!options.IsCallDay(day.DayOfWeek) || time < options.CallsFrom)
        {
            day = day.AddDays(-1);
            for (var n = 0; n < 7 && !options.IsCallDay(day.DayOfWeek); n++)
            {
                day = day.AddDays(-1);
            }
        }
        return At(zone, day, options.CallsUntil.AddMinutes(-1));
    }

    /// <summary>The instant the debtor's local <paramref name="day"/> begins, for counting that day's calls.</summary>
    public static DateTimeOffset DayStart(TimeZoneInfo zone, DateOnly day) => At(zone, day, TimeOnly.MinValue);

    public static DateOnly LocalDay(TimeZoneInfo zone, DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    private DateOnly NextCallDay(DateOnly after)
    {
        var day = after.AddDays(1);
        for (var n = 0; n < 7 && !options.IsCallDay(day.DayOfWeek); n++)
        {
            day = day.AddDays(1);
        }
        return day;
    }

    private static DateTimeOffset At(TimeZoneInfo zone, DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        // A time skipped by a clock change happens an hour later in practice.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
