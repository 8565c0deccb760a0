using System.Globalization;
using MudBlazor;

namespace OpsBoard.Components.Kit;

/// <summary>How an item's SLA position looks at a given moment: its status as the reader should see it, colour and icon.</summary>
public sealed record SlaLook(string Status, Color Colour, Variant Variant, string Icon)
{
    /// <summary>How often a countdown on screen is brought up to date.</summary>
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The server computed the status when the data was read; the clock has moved on since, so a deadline that has
    /// passed on screen shows as breached without waiting for the next read.
    /// </summary>
    public static SlaLook Of(string? status, DateTimeOffset dueAt, DateTimeOffset now)
    {
        var known = status switch
        {
            _ when string.Equals(status, "ok", StringComparison.OrdinalIgnoreCase) => "ok",
            _ when string.Equals(status, "nearBreach", StringComparison.OrdinalIgnoreCase) => "nearBreach",
            _ when string.Equals(status, "breached", StringComparison.OrdinalIgnoreCase) => "breached",
            _ => "none",
        };
        var effective = known != "none" && dueAt < now ? "breached" : known;
        // Solid colour only where action is due: a board full of red teaches people to ignore red.
        return effective switch
        {
            "breached" => new SlaLook(effective, Color.Error, Variant.Filled, Icons.Material.Filled.Alarm),
            "nearBreach" => new SlaLook(effective, Color.Warning, Variant.Filled, Icons.Material.Filled.HourglassBottom),
            "ok" => new SlaLook(effective, Color.Success, Variant.Text, Icons.Material.Outlined.Schedule),
            _ => new SlaLook(effective, Color.Default, Variant.Text, Icons.Material.Outlined.Schedule),
        };
    }

    /// <summary>"2h 15m", "45m", "3d 04h", or with a leading "-" once overdue.</summary>
    public static string FormatRemaining(TimeSpan remaining)
    {
        // Under a minute overdue reads "0m" rather than "-0m".
        var sign = remaining <= -TimeSpan.FromMinutes(1) ? "-" : "";
        var left = remaining.Duration();
        var text = left switch
        {
            { TotalDays: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)left.TotalDays}d {left.Hours:00}h"),
            { TotalHours: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)left.TotalHours}h {left.Minutes:00}m"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{left.Minutes}m"),
        };
        return sign + text;
    }
}
