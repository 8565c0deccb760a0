using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Collections;
using OpsBoard.Collections.Goals;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Live;

namespace OpsBoard.Components.Pages.Wallboard;

/// <summary>The collections desk on the TV: calls per agent against target and pace, promises and installments due, money recovered.</summary>
public sealed partial class CollectionsPanel
{
    private GoalsView? _goals;
    private DeskView _desk = new(DateTimeOffset.MinValue, default, [], 0, 0m, 0m, 0m, 0m, 0);
    private Timer? _ticker;

    [Inject]
    public required DeskProjection Desk { get; init; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required IStringLocalizer<GoalsText> G { get; init; }

    [Inject]
    public required BusinessTime Time { get; init; }

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

    protected override Task OnInitializedAsync() => LoadGoalsAsync();

    protected override bool Concerns(ItemChanged change) => change.Type == CollectionWorkflow.Type;

    protected override async Task RefreshAsync()
    {
        _desk = Desk.Snapshot();
        await LoadGoalsAsync();
    }

    private async Task LoadGoalsAsync()
    {
        var month = DeskMonth.Of(_desk.Day == default ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Time.Zone).DateTime) : _desk.Day, Time.Zone);
        _goals = await Runner.RunAsync<GoalBook, GoalsView>(g => g.ReadAsync(month));
    }

    // How far the month has come toward the desk's goal, beside the goal's label so the amount below keeps the tile's width.
    private string DeskGoalLabel => _desk.MonthlyGoal > 0m
        ? $"{T["Goal"]} · {(_desk.RecoveredThisMonth / _desk.MonthlyGoal).ToString("P0", Culture)}"
        : T["Goal"];

    private GoalLine? GoalOf(string userName) =>
        _goals?.Analysts.FirstOrDefault(a => string.Equals(a.Analyst, userName, StringComparison.OrdinalIgnoreCase));

    private string GoalProgress(string userName) => GoalOf(userName)?.Progress is { } p ? p.ToString("P0", Culture) : "—";

    private string? GoalTitle(string userName) => GoalOf(userName) is { Goal: { } goal } line
        ? $"{DeskMoney.Format(line.Recovered)} / {DeskMoney.Format(goal)}"
        : null;

    protected override void Dispose(bool disposing) => _ticker?.Dispose();
}
