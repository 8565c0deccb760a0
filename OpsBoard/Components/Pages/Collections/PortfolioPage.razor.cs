using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;
using OpsBoard.Auth;
using OpsBoard.Collections;
using OpsBoard.Components.Kit;
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
    private static readonly string[] OpenStates = [.. Enum.GetNames<CollectionState>().Where(s => s != nameof(CollectionState.Paid))];
    private static readonly DialogOptions DialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true };

    private IReadOnlyList<PortfolioCase> _rows = [];
    private int _total;
    private int _page;
    private int _pageSize = TablePager.Sizes[0];
    private PortfolioSort? _sort;
    private bool _loading = true;
    private IReadOnlyList<Person> _agents = [];
    private AgentCalls? _calls;
    private string _userName = string.Empty;
    private Domain.Engine.Actor _actor = Domain.Engine.Actor.Of("anonymous");
    private bool _isLead;
    private string _agent = WholeDesk;
    private string? _listedFor;
    private string _state = string.Empty;
    private int? _minDays;
    private decimal? _minAmount;
    private DateTime? _contactedBefore;
    private bool _badDate;
    private long? _next;
    private PortfolioCase? _calling;
    private bool _dialogOpen;
    private bool _callAsked;

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
        await LoadAsync();
    }

    protected override bool Concerns(ItemChanged change) => change.Type == CollectionWorkflow.Type;

    // The page on screen and its order stay across a refresh, so a push never throws the reader back to page one.
    protected override Task RefreshAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        if (Whose != _listedFor)
        {
            // Another agent's portfolio is another list (picked, or opened from a saved view): cases ticked on the last
            // one, no longer on screen, are not carried into a bulk move made here.
            _ticked.Clear();
            _listedFor = Whose;
        }
        _calls = Whose is { } whose ? Desk.For(whose) : null;
        var before = _contactedBefore is { } day ? DateOnly.FromDateTime(day) : (DateOnly?)null;
        var filter = new PortfolioFilter(string.IsNullOrEmpty(_state) ? null : _state, _minDays, null, _minAmount, null, before);
        var page = await Runner.RunAsync<Portfolio, PortfolioSlice>(p => p.PageAsync(Whose, filter, _sort, _page, _pageSize));
        if (page.Items.Count == 0 && _page > 0 && page.Total > 0)
        {
            // The page read has emptied (cases paid or filtered away): show the last one that has cases.
            _page = TablePager.LastOf(page.Total, _pageSize);
            page = await Runner.RunAsync<Portfolio, PortfolioSlice>(p => p.PageAsync(Whose, filter, _sort, _page, _pageSize));
        }
        (_rows, _total, _next, _loading) = (page.Items, page.Total, page.Next?.Id, false);
    }

    // A narrower filter may have fewer pages than the one being read.
    private Task ApplyAsync()
    {
        (_minDays, _minAmount) = (_minDays < 0 ? 0 : _minDays, _minAmount < 0 ? 0 : _minAmount);
        _page = 0;
        return LoadAsync();
    }

    private Task MoveAsync(PagerMove move)
    {
        (_page, _pageSize) = (move.Page, move.PageSize);
        return LoadAsync();
    }

    // A header click sorts by it, a second click turns the order round; the list starts again from the top.
    private Task SortByAsync(string column)
    {
        _sort = _sort?.Column == column ? _sort with { Descending = !_sort.Descending } : new PortfolioSort(column, false);
        return ApplyAsync();
    }

    private async Task PickAsync(ChangeEventArgs e)
    {
        var agent = e.Value as string ?? WholeDesk;
        _agent = _agents.Any(a => a.UserName == agent) ? agent : WholeDesk;
        await ApplyAsync();
    }

    private static string DatePattern => Culture.DateTimeFormat.ShortDatePattern.ToLowerInvariant();

    private string? ContactedText => _contactedBefore?.ToString("d", Culture);

    // A date that does not read as one in the reader's language is marked and left out of the filter, not guessed at.
    private void ContactedChanged(ChangeEventArgs e)
    {
        var text = (e.Value as string)?.Trim();
        var read = DateTime.TryParse(text, Culture, DateTimeStyles.None, out var day);
        _badDate = !string.IsNullOrEmpty(text) && !read;
        _contactedBefore = read ? day.Date : null;
    }

    private string Amount(decimal? amount) => amount is { } value ? Money.Format(value, Options.Value.Currency, Culture) : "—";

    private (string Text, bool Today)? NextDue(PortfolioCase c) => c switch
    {
        { PromiseDate: { } date } => ($"{date.ToString("d", Culture)} · {Amount(c.PromiseAmount)}", c.PromiseDueToday),
        { Plan: { } plan } => (string.Format(Culture, T["PlanNextDue"], plan.Installments, plan.NextDue?.ToString("d", Culture), plan.Paid), plan.DueToday),
        _ => null,
    };

    private void Open(PortfolioCase c)
    {
        _calling = c;
        (_callAsked, _dialogOpen) = (true, true);
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
