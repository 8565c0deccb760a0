using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Collections;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Live;

namespace OpsBoard.Components.Pages.Wallboard;

/// <summary>The collections desk on the TV: calls per agent against target and pace, promises and installments due, money recovered.</summary>
public sealed partial class CollectionsPanel
{
    private DeskView _desk = new(DateTimeOffset.MinValue, default, [], 0, 0m, 0m, 0m, 0m, 0);
    private Timer? _ticker;

    [Inject]
    public required DeskProjection Desk { get; init; }

    [Inject]
    public required IStringLocalizer<CollectionsText> T { get; init; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    protected override void OnInitialized()
    {
        base.OnInitialized();
        _desk = Desk.Snapshot();
        // Calls change by events; the pace also moves with the time of day.
        _ticker = new Timer(_ => InvokeAsync(() =>
        {
            _desk = Desk.Snapshot();
            StateHasChanged();
        }), null, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
    }

    protected override bool Concerns(ItemChanged change) => change.Type == CollectionWorkflow.Type;

    protected override Task RefreshAsync()
    {
        _desk = Desk.Snapshot();
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing) => _ticker?.Dispose();
}
