using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;
using OpsBoard.Auth;
using OpsBoard.Collections;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Live;

using OpsBoard.Items.Visibility;

namespace OpsBoard.Components.Pages.Collections;

/// <summary>
/// A portfolio, next to call first, with call logging and the day's count against target: an agent's own, or for a
/// lead or manager the whole desk's or the agent they pick.
/// </summary>
public sealed partial class PortfolioPage
{
    /// <summary>The picker's value for "every agent".</summary>
    private const string WholeDesk = "";
    private static readonly int[] PageSizes = [25, 50, 100];
    private static readonly string[] OpenStates = [.. Enum.GetNames<CollectionState>().Where(s => s != nameof(CollectionState.Paid))];
    private static readonly DialogOptions DialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true };

    private MudDataGrid<PortfolioCase>? _grid;
    private IReadOnlyList<Person> _agents = [];
    private AgentCalls? _calls;
    private string _userName = string.Empty;
    private Domain.Engine.Actor _actor = Domain.Engine.Actor.Of("anonymous");
    private bool _isLead;
    private string _agent = WholeDesk;
    private string _state = string.Empty;
    private int? _minDays;
    private decimal? _minAmount;
    private DateTime? _contactedBefore;
    private long? _next;
    private PortfolioCase? _calling;
    private bool _dialogOpen;

    [Inject]
    public required OpsBoard.Components.Kit.Badges Badges { get; init; }

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required DeskProjection Desk { get; init; }

    [Inject]
    public required IOptions<CollectionsOptions> Options { get; init; }

    [Inject]
    public required IStringLocalizer<CollectionsText> T { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [Inject]
    public required IStringLocalizer<WorkflowText> Words { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <summary>Whose cases are shown: the reader's own for an agent, the picked agent's (or nobody's in particular) for a lead.</summary>
    private string? Whose => _isLead ? (_agent == WholeDesk ? null : _agent) : _userName;

    /// <summary>"My portfolio" is the agent's; a lead looks at the desk.</summary>
    private string Heading => _isLead ? T["Collections"] : T["Portfolio"];

    protected override async Task OnInitializedAsync()
    {
        var actor = (await AuthenticationState).User.ToActor();
        _actor = actor;
        _userName = actor.UserName;
        _isLead = ItemAccess.SeesEverything(actor);
        if (_isLead)
        {
            _agents = await Runner.RunAsync<DeskDirectory, IReadOnlyList<Person>>(d => d.AgentsAsync());
        }
        _calls = Whose is { } whose ? Desk.For(whose) : null;
    }

    protected override bool Concerns(ItemChanged change) => change.Type == CollectionWorkflow.Type;

    // The grid keeps its page and order across a refresh, so a push never throws the reader back to page one.
    protected override async Task RefreshAsync()
    {
        _calls = Whose is { } whose ? Desk.For(whose) : null;
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private async Task<GridData<PortfolioCase>> LoadAsync(GridState<PortfolioCase> state, CancellationToken ct)
    {
        var before = _contactedBefore is { } day ? DateOnly.FromDateTime(day) : (DateOnly?)null;
        var filter = new PortfolioFilter(string.IsNullOrEmpty(_state) ? null : _state, _minDays, null, _minAmount, null, before);
        var page = await Runner.RunAsync<Portfolio, PortfolioSlice>(
            p => p.PageAsync(Whose, filter, SortOf(state), state.Page, state.PageSize, ct));
        _next = page.Next?.Id;
        return new GridData<PortfolioCase> { Items = page.Items, TotalItems = page.Total };
    }

    private static PortfolioSort? SortOf(GridState<PortfolioCase> state) =>
        state.SortDefinitions.FirstOrDefault() is not { } sort ? null : new PortfolioSort(sort.SortBy, sort.Descending);

    private async Task ApplyAsync()
    {
        if (_grid is not null)
        {
            // A narrower filter may have fewer pages than the one being read.
            _grid.NavigateTo(Page.First);
            await _grid.ReloadServerData();
        }
    }

    private async Task PickAsync(string agent)
    {
        _agent = agent;
        _calls = Whose is { } whose ? Desk.For(whose) : null;
        await ApplyAsync();
    }

    private string AgentName(string? userName) =>
        string.IsNullOrEmpty(userName) ? T["WholeDesk"] : _agents.FirstOrDefault(a => a.UserName == userName)?.DisplayName ?? userName;

    private string StateName(string? state) => string.IsNullOrEmpty(state) ? T["AllStates"] : Words[state];

    private string Amount(decimal? amount) => amount is { } value ? Money.Format(value, Options.Value.Currency, Culture) : "—";

    private (string Text, bool Today)? NextDue(PortfolioCase c) => c switch
    {
        { PromiseDate: { } date } => ($"{date.ToString("d", Culture)} · {Amount(c.PromiseAmount)}", c.PromiseDueToday),
        { Plan: { } plan } => (string.Format(Culture, T["PlanNextDue"], plan.Installments, plan.NextDue?.ToString("d", Culture), plan.Paid), plan.DueToday),
        _ => null,
    };

    private string RowClass(PortfolioCase c, int index) => c.Id == _next ? "next-row" : string.Empty;

    private void Open(PortfolioCase c)
    {
        _calling = c;
        _dialogOpen = true;
    }

    private void Closed()
    {
        _dialogOpen = false;
        _calling = null;
    }

    internal static Color PaceColor(Pace pace) => pace switch
    {
        Pace.Ahead => Color.Success,
        Pace.OnPace => Color.Info,
        _ => Color.Error,
    };
}
