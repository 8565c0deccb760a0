using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using OpsBoard.Collections;
using OpsBoard.Collections.Goals;
using OpsBoard.Collections.Keeping;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Live;

namespace OpsBoard.Components.Pages.Collections;

/// <summary>The month's goals against what was recovered, with the keeping rates beside them; a Manager edits the goals here.</summary>
public sealed partial class GoalsPanel
{
    private readonly Dictionary<string, decimal?> _edits = [];
    private readonly Dictionary<string, string> _errors = [];
    private GoalsView? _goals;
    private KeepingView? _keeping;
    private DeskMonth? _month;
    private bool _isManager;
    private bool _editing;

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required MudBlazor.ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<GoalsText> T { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private string MonthName => _month is null ? string.Empty : Culture.TextInfo.ToTitleCase(_month.First.ToString("MMMM yyyy", Culture));

    private IEnumerable<GoalLine> Lines => _goals is null ? [] : _goals.Analysts.Prepend(_goals.Desk);

    protected override async Task OnInitializedAsync()
    {
        _isManager = (await AuthenticationState).User.IsInRole(Roles.Manager);
        await RefreshAsync();
    }

    protected override bool Concerns(ItemChanged change) => change.Type == CollectionWorkflow.Type;

    protected override async Task RefreshAsync()
    {
        _month = DeskMonth.Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Time.Zone).DateTime), Time.Zone);
        var month = _month;
        _goals = await Runner.RunAsync<GoalBook, GoalsView>(g => g.ReadAsync(month));
        _keeping = await Runner.RunAsync<KeepingQuery, KeepingView>(k => k.ReadAsync(month));
    }

    private string Amount(decimal amount) => Money.Format(amount, _goals?.Currency ?? "BRL", Culture);

    private KeepingLine? KeepingOf(string? analyst) => analyst is null
        ? _keeping?.Desk
        : _keeping?.Agents.FirstOrDefault(a => string.Equals(a.UserName, analyst, StringComparison.OrdinalIgnoreCase));

    private string Rate(decimal? rate) => rate is { } r ? r.ToString("P0", Culture) : "—";

    private string PromiseCounts(KeepingLine? k) => k is null ? T["NoRate"] : string.Format(Culture, T["PromiseCounts"], k.Promises.Made, k.Promises.Kept, k.Promises.Broken, k.Promises.Open);

    private string AgreementCounts(KeepingLine? k) => k is null ? T["NoRate"]
        : string.Format(Culture, T["AgreementCounts"], k.Agreements.Made, k.Agreements.Completed, k.Agreements.Defaulted, k.Agreements.Running);

    private void Edit()
    {
        _edits.Clear();
        _errors.Clear();
        foreach (var line in Lines)
        {
            _edits[line.Analyst ?? string.Empty] = line.GoalSet ? line.Goal : null;
        }
        _editing = true;
    }

    private async Task SaveAsync()
    {
        var current = Lines.ToDictionary(l => l.Analyst ?? string.Empty, l => l.GoalSet ? l.Goal : null);
        var changes = _edits.Where(e => current.GetValueOrDefault(e.Key) != e.Value)
            .Select(e => new GoalChange(e.Key.Length == 0 ? null : e.Key, e.Value)).ToList();
        _errors.Clear();
        if (changes.Count > 0)
        {
            var user = (await AuthenticationState).User.Identity?.Name ?? string.Empty;
            var month = _month!;
            var errors = await Runner.RunAsync<GoalBook, Dictionary<string, string[]>?>(g => g.SetAsync(user, month, new SetGoalsRequest(changes)));
            if (errors is not null)
            {
                foreach (var (field, messages) in errors)
                {
                    // goals[i].amount names the i-th change: show it on that row.
                    var index = int.TryParse(field.AsSpan(6, Math.Max(0, field.IndexOf(']', StringComparison.Ordinal) - 6)), out var i) ? i : -1;
                    _errors[index >= 0 && index < changes.Count ? changes[index].Analyst ?? string.Empty : string.Empty] = messages.FirstOrDefault() ?? string.Empty;
                }
                return;
            }
        }
        _editing = false;
        Snackbar.Add(string.Format(Culture, T["GoalsSaved"], MonthName), MudBlazor.Severity.Success);
        await RefreshAsync();
    }
}
