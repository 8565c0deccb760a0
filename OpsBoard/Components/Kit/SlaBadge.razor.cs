using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace OpsBoard.Components.Kit;

/// <summary>Time left until an item's SLA deadline, coloured by its SLA status.</summary>
public partial class SlaBadge : IDisposable
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(30);
    private ITimer? timer;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ScreenText> L { get; set; } = default!;

    [Inject]
    public required BusinessTime BusinessTime { get; init; }

    /// <summary>The deadline; nothing is rendered without one.</summary>
    [Parameter]
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>none, ok, nearBreach or breached, as computed by the server's SLA policy.</summary>
    [Parameter]
    public string Status { get; set; } = "none";

    // The server computed Status when the data was loaded; the clock has moved on since, so a
    // deadline that has passed on screen is shown as breached without waiting for a refresh.
    private string EffectiveStatus
    {
        get
        {
            var status = Status switch
            {
                _ when string.Equals(Status, "ok", StringComparison.OrdinalIgnoreCase) => "ok",
                _ when string.Equals(Status, "nearBreach", StringComparison.OrdinalIgnoreCase) => "nearBreach",
                _ when string.Equals(Status, "breached", StringComparison.OrdinalIgnoreCase) => "breached",
                _ => "none",
            };
            return status != "none" && DueAt < Time.GetUtcNow() ? "breached" : status;
        }
    }

    private string Icon => EffectiveStatus switch
    {
        "breached" => Icons.Material.Filled.Alarm,
        "nearBreach" => Icons.Material.Filled.HourglassBottom,
        _ => Icons.Material.Outlined.Schedule,
    };

    // Solid colour only where action is due: a board full of red teaches people to ignore red.
    private Color Colour => EffectiveStatus switch
    {
        "breached" => Color.Error,
        "nearBreach" => Color.Warning,
        "ok" => Color.Success,
        _ => Color.Default,
    };

    private Variant Variant => EffectiveStatus is "breached" or "nearBreach" ? Variant.Filled : Variant.Text;

    private string StatusText => EffectiveStatus switch
    {
        "breached" => L["Breached"],
        "nearBreach" => L["NearBreach"],
        "ok" => L["OnTime"],
        _ => L["NoSla"],
    };

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

    /// <inheritdoc />
    public void Dispose()
    {
        timer?.Dispose();
        timer = null;
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        // Only interactive renders get here, so prerendering never starts a timer nobody disposes.
        if (firstRender)
        {
            timer = Time.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, RefreshEvery, RefreshEvery);
        }
    }
}
