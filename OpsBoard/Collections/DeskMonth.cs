using System.Globalization;

namespace OpsBoard.Collections;

/// <summary>A calendar month in the business time zone, as the desk's goals, rates and files count it.</summary>
public sealed record DeskMonth(DateOnly First, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>How a month is written in a query and an answer: 2026-11.</summary>
    public string Key => First.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static DeskMonth Of(DateOnly anyDay, TimeZoneInfo zone)
    {
        var first = new DateOnly(anyDay.Year, anyDay.Month, 1);
        return new DeskMonth(first, StartOf(first, zone), StartOf(first.AddMonths(1), zone));
    }

    /// <summary>The month a query names ("2026-11"), or the current one when it names none; null when it cannot be read.</summary>
    public static DeskMonth? Parse(string? text, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime), zone);
        }
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day.Year is >= 2000 and <= 2100 ? Of(day, zone) : null;
    }

    /// <summary>Midnight of a day in the zone, as an instant.</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }
}
