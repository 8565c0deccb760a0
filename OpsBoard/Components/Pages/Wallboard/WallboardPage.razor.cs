using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Board;

namespace OpsBoard.Components.Pages.Wallboard;

/// <summary>
/// The team's TV: live tiles per queue and per-agent throughput, with the age of its data on
/// show so nobody trusts a frozen screen. Blazor's reconnect brings it back after a drop.
/// </summary>
public sealed partial class WallboardPage
{
    private BoardView _board = new(DateTimeOffset.MinValue, 0, 0, 0, 0, [], [], new Dictionary<string, int>(), []);
    private DateTimeOffset _updatedAt;
    private Timer? _ticker;

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required BoardProjection Board { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [Inject]
    public required IStringLocalizer<WorkflowText> Words { get; init; }

    protected override void OnInitialized()
    {
        base.OnInitialized();
        Load();
        // The counts change only by events, but SLA positions move with time.
        _ticker = new Timer(_ => InvokeAsync(() =>
        {
            Load();
            StateHasChanged();
        }), null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
    }

    protected override Task RefreshAsync()
    {
        Load();
        return Task.CompletedTask;
    }

    private void Load()
    {
        _board = Board.Snapshot();
        _updatedAt = _board.GeneratedAt;
    }

    private static string Text(int n) => n.ToString(CultureInfo.CurrentCulture);

    protected override void Dispose(bool disposing) => _ticker?.Dispose();
}
