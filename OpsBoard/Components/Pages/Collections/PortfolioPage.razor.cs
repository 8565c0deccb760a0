using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using OpsBoard.Collections;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Live;

namespace OpsBoard.Components.Pages.Collections;

/// <summary>An agent's cases, next to call first, with two-click call logging and the day's count against target.</summary>
public sealed partial class PortfolioPage
{
    private static readonly string[] OpenStates = [.. Enum.GetNames<CollectionState>().Where(s => s != nameof(CollectionState.Paid))];
    private PortfolioView _view = new(string.Empty, default, []);
    private AgentCalls? _me;
    private string _userName = string.Empty;
    private string? _state;
    private decimal? _minDays;
    private decimal? _minAmount;
    private DateOnly? _contactedBefore;
    private long? _open;

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required DeskProjection Desk { get; init; }

    [Inject]
    public required IStringLocalizer<CollectionsText> T { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    protected override async Task OnInitializedAsync()
    {
        _userName = (await AuthenticationState).User.Identity?.Name ?? string.Empty;
        await RefreshAsync();
    }

    protected override bool Concerns(ItemChanged change) => change.Type == CollectionWorkflow.Type;

    protected override async Task RefreshAsync()
    {
        var filter = new PortfolioFilter(string.IsNullOrEmpty(_state) ? null : _state, _minDays, null, _minAmount, null, _contactedBefore);
        _view = await Runner.RunAsync<Portfolio, PortfolioView>(p => p.ForAsync(_userName, filter));
        _me = Desk.For(_userName);
    }

    private Task ApplyAsync() => RefreshAsync();

    private void Toggle(long id) => _open = _open == id ? null : id;

    internal static string PaceClass(Pace pace) => pace switch
    {
        Pace.Ahead => "text-bg-success",
        Pace.OnPace => "text-bg-info",
        _ => "text-bg-danger",
    };
}
