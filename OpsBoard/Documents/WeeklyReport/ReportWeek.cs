using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsBoard.Documents.WeeklyReport;

/// <summary>Which week a request asks for: an ISO week (2026-W47) or its Monday; none means the last full week.</summary>
public static partial class ReportWeek
{
    /// <summary>The Monday of the asked week, or the reason (localized) it cannot be reported.</summary>
    public static (DateOnly Monday, string? Error) Parse(string? week, string? from, DateOnly today)
    {
        var thisMonday = MondayOf(today);
        if (!string.IsNullOrWhiteSpace(week) && !string.IsNullOrWhiteSpace(from))
        {
            return (default, Api.ApiText.Get("WeekTwice"));
        }
        DateOnly monday;
        if (!string.IsNullOrWhiteSpace(week))
        {
            var match = IsoWeek().Match(week.Trim());
            if (!match.Success || !InYear(match, out monday))
            {
                return (default, Api.ApiText.Format("WeekMalformed", week));
            }
        }
        else if (!string.IsNullOrWhiteSpace(from))
        {
            if (!DateOnly.TryParseExact(from.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out monday))
            {
                return (default, Api.ApiText.Format("DateMalformed", from));
            }
            if (monday.DayOfWeek != DayOfWeek.Monday)
            {
                return (default, Api.ApiText.Format("WeekNotMonday", from));
            }
        }
        else
        {
            return (thisMonday.AddDays(-7), null);
        }
        return monday > thisMonday ? (default, Api.ApiText.Format("WeekInFuture", Iso(monday), Iso(thisMonday))) : (monday, null);
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The ISO name of the week starting on a Monday, e.g. 2026-W47.</summary>
    public static string Name(DateOnly monday) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)):00}");

    private static bool InYear(Match match, out DateOnly monday)
    {
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        monday = default;
        if (year < 2000 || year > 9998 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }
        monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday));
        return true;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$")]
    private static partial Regex IsoWeek();
}
