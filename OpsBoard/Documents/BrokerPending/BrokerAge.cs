using OpsBoard.Domain.Sla;

namespace OpsBoard.Documents.BrokerPending;

/// <summary>Age in the team's business days and the report's buckets (seed 000, 1.11.4: what is pending with the broker, by age).</summary>
public static class BrokerAge
{
    public static IReadOnlyList<string> Buckets { get; } = ["0-1", "2-3", "4-5", ">5"];

    public static string Bucket(int days) => days switch
    {
        <= 1 => Buckets[0],
        <= 3 => Buckets[1],
        <= 5 => Buckets[2],
        _ => Buckets[3],
    };

    /// <summary>Working days after the day it started up to today: 0 when it came today, 1 the next working day.</summary>
    public static int Days(BusinessCalendar calendar, DateOnly since, DateOnly today)
    {
        var days = 0;
        for (var day = since.AddDays(1); day <= today; day = day.AddDays(1))
        {
            days += calendar.IsWorkingDay(day) ? 1 : 0;
        }
        return days;
    }
}
