using System.Globalization;

namespace OpsBoard.Documents.WeeklyReport;

/// <summary>How a figure moved since the week before, as an arrow and a signed difference.</summary>
public static class Change
{
    public static string Of(int now, int before) => Arrow(now - before, (now - before).ToString("+#,0;−#,0;0", CultureInfo.CurrentCulture));

    /// <summary>The change of a share in percentage points; none when either week had nothing to measure.</summary>
    public static string Of(double? now, double? before, string points) => now is { } n && before is { } b
        ? Arrow(Math.Round((n - b) * 1000), $"{((n - b) * 100).ToString("+0.0;−0.0;0.0", CultureInfo.CurrentCulture)} {points}")
        : "—";

    private static string Arrow(double difference, string text) => difference switch
    {
        > 0 => $"▲ {text}",
        < 0 => $"▼ {text}",
        _ => $"= {text}",
    };
}
