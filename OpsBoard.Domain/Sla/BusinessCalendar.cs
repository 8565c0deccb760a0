namespace OpsBoard.Domain.Sla;

/// <summary>Adds business time to an instant: only working hours of working days that are not holidays count.</summary>
public sealed class BusinessCalendar
{
    private readonly BusinessCalendarOptions _options;
    private readonly TimeZoneInfo _zone;
    private readonly HashSet<DateOnly> _holidays;

    public BusinessCalendar(BusinessCalendarOptions options)
    {
        if (options.DayEnd <= options.DayStart)
        {
            throw new ArgumentException("The working day must end after it starts.", nameof(options));
        }
        _options = options;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        _holidays = [.. options.Holidays];
    }

    /// <summary>The desk's time zone: what "today" and working hours mean.</summary>
    public TimeZoneInfo Zone => _zone;

    public TimeSpan WorkdayLength => _options.DayEnd - _options.DayStart;

    public bool IsWorkingDay(DateOnly day) => _options.WorkingDays.Contains(day.DayOfWeek) && !_holidays.Contains(day);

    /// <summary>How much of the working day <paramref name="now"/> falls in has gone by: none before it starts or on a day off, all of it once it ends.</summary>
    public TimeSpan WorkedToday(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone).DateTime;
        if (!IsWorkingDay(DateOnly.FromDateTime(local)))
        {
            return TimeSpan.Zero;
        }
        var time = TimeOnly.FromDateTime(local);
        return time <= _options.DayStart ? TimeSpan.Zero : time >= _options.DayEnd ? WorkdayLength : time - _options.DayStart;
    }

    public TimeSpan Length(BusinessDuration duration) => (WorkdayLength * duration.Days) + duration.Hours;

    public DateTimeOffset Add(DateTimeOffset start, BusinessDuration duration) => Add(start, Length(duration));

    public DateTimeOffset Add(DateTimeOffset start, TimeSpan businessTime)
    {
        var local = TimeZoneInfo.ConvertTime(start, _zone).DateTime;
        var remaining = businessTime;
        var cursor = NextWorkingInstant(local);
        while (true)
        {
            var dayEnd = cursor.Date + _options.DayEnd.ToTimeSpan();
            var available = dayEnd - cursor;
            if (remaining <= available)
            {
                return ToOffset(cursor + remaining);
            }
            remaining -= available;
            cursor = NextWorkingInstant(cursor.Date.AddDays(1));
        }
    }

    /// <summary>The business time between two instants: the inverse of <see cref="Add(DateTimeOffset, TimeSpan)"/>, zero when <paramref name="to"/> is not later.</summary>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }
        var a = TimeZoneInfo.ConvertTime(from, _zone).DateTime;
        var b = TimeZoneInfo.ConvertTime(to, _zone).DateTime;
        var total = TimeSpan.Zero;
        for (var day = a.Date; day <= b.Date; day = day.AddDays(1))
        {
            if (!IsWorkingDay(DateOnly.FromDateTime(day)))
            {
                continue;
            }
            var open = Later(day + _options.DayStart.ToTimeSpan(), a);
            var close = Earlier(day + _options.DayEnd.ToTimeSpan(), b);
            if (close > open)
            {
                total += close - open;
            }
        }
        return total;
    }

    /// <summary>The clock for a duration started now, warning when its last fifth begins.</summary>
    public SlaWindow Window(DateTimeOffset start, BusinessDuration duration)
    {
        var total = Length(duration);
        return new SlaWindow(start, Add(start, total * 0.8), Add(start, total));
    }

    private DateTime NextWorkingInstant(DateTime local)
    {
        var cursor = local;
        for (var guard = 0; guard < 3660; guard++)
        {
            var dayStart = cursor.Date + _options.DayStart.ToTimeSpan();
            var dayEnd = cursor.Date + _options.DayEnd.ToTimeSpan();
            if (IsWorkingDay(DateOnly.FromDateTime(cursor)) && cursor < dayEnd)
            {
                return cursor < dayStart ? dayStart : cursor;
            }
            cursor = cursor.Date.AddDays(1);
        }
        throw new InvalidOperationException("The calendar has no working day in ten years.");
    }

    private DateTimeOffset ToOffset(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, _zone.GetUtcOffset(unspecified));
    }

    private static DateTime Later(DateTime x, DateTime y) => x > y ? x : y;

    private static DateTime Earlier(DateTime x, DateTime y) => x < y ? x : y;
}
