using Microsoft.AspNetCore.Components;

namespace OpsBoard.Components.Kit;

/// <summary>Time left until an item's SLA deadline, coloured by its SLA status.</summary>
public partial class SlaBadge : IDisposable
{
    private ITimer? timer;

    [Inject]
    public required TimeProvider Time { get; init; }

    [Inject]
    public required Badges Badges { get; init; }

    /// <summary>The deadline; nothing is rendered without one.</summary>
    [Parameter]
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>none, ok, nearBreach or breached, as computed by the server's SLA policy.</summary>
    [Parameter]
    public string Status { get; set; } = "none";

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
            timer = Time.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, SlaLook.RefreshEvery, SlaLook.RefreshEvery);
        }
    }
}
