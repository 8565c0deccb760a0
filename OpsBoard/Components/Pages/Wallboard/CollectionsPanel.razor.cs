using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Collections;
using OpsBoard.Collections.Goals;
using OpsBoard.Components.Kit;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Live;

namespace OpsBoard.Components.Pages.Wallboard;

/// <summary>The collections desk on the TV: calls per agent against target and pace, promises and installments due, money recovered.</summary>
public sealed partial class CollectionsPanel
{
    private readonly MarkupKeeper<string> _drawn = new();
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

    // An agent's line as one piece of markup, kept while unchanged: the TV redraws often and most lines read the same.
    private string Row(AgentCalls agent)
    {
        var html = new StringBuilder("<tr").Attr("data-agent", agent.UserName).Append("><th scope=\"row\">").Text(agent.UserName)
            .Append("</th><td class=\"wb-num\" data-test=\"agent-calls\">").Append(agent.Calls.ToString("N0", Culture))
            .Append("</td><td class=\"wb-num\">").Append(agent.Target.ToString("N0", Culture))
            .Append("</td><td><span").Attr("class", $"wb-pace wb-pace-{agent.Pace}").Attr("data-pace", agent.Pace.ToString()).Append('>').Text(T[$"Pace_{agent.Pace}"])
            .Append("</span></td><td class=\"wb-num wb-goal\" data-test=\"agent-goal\"").Attr("title", GoalTitle(agent.UserName)).Append('>')
            .Text(GoalProgress(agent.UserName)).Append("</td></tr>");
        return _drawn.Keep(agent.UserName, html.ToString());
    }

    protected override void OnAfterRender(bool firstRender)
    {
        base.OnAfterRender(firstRender);
        _drawn.Drawn();
    }

    protected override void Dispose(bool disposing) => _ticker?.Dispose();
}
