using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Auth;
using OpsBoard.Board;
using OpsBoard.Components.Kit;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Queues;
using OpsBoard.Items;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Components.Pages.Queues;

/// <summary>
/// An agent's queues with live counts, the selected queue's items a page at a time, and "take next"; or every
/// item assigned to the reader, whatever its queue.
/// </summary>
public sealed partial class QueuesPage
{
    /// <summary>The address of the reader's own items; no queue can take it, as queue keys name a desk's work.</summary>
    private const string Mine = "mine";

    private IReadOnlyList<QueueTile> _tiles = [];
    private QueueDefinition? _selected;
    private QueueTable? _table;
    private Actor _actor = Actor.Of("anonymous");
    private string? _search;
    private bool _taking;
    private bool _empty;
    private bool _mine;
    private bool _lead;
    private readonly Ticks<ItemSummary> _ticked = new(row => row.Id);
    private ItemSort? _viewSort;

    [Parameter]
    public string? QueueKey { get; set; }

    /// <summary>A saved view's search, order and direction, opened by address.</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? Q { get; set; }

    [SupplyParameterFromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [SupplyParameterFromQuery(Name = "desc")]
    public bool? Desc { get; set; }

    [Inject]
    public required BoardProjection Board { get; init; }

    [Inject]
    public required QueueCatalog QueueCatalog { get; init; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [Inject]
    public required IStringLocalizer<WorkflowText> Words { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        if (user.Identity?.IsAuthenticated != true)
        {
            // Signed out under an open page (disabled, session ended): the router sends the reader to sign in.
            return;
        }
        _actor = user.ToActor();
        var before = SelectedKey;
        var visible = QueueCatalog.VisibleTo(_actor).ToList();
        _mine = QueueKey == Mine;
        _lead = ItemAccess.SeesEverything(_actor);
        _search = string.IsNullOrWhiteSpace(Q) ? _search : Q.Trim();
        _viewSort = Enum.TryParse<ItemSortKey>(Sort, ignoreCase: true, out var key) ? new ItemSort(key, Desc ?? false) : _viewSort;
        _selected = _mine ? null : visible.FirstOrDefault(q => q.Key == QueueKey) ?? visible.FirstOrDefault();
        if (SelectedKey != before)
        {
            // Another queue is another list: items ticked on the last one, no longer on screen, are not carried into a
            // bulk move made here.
            _ticked.Clear();
        }
        _empty = false;
        LoadTiles();
        if (_table is not null)
        {
            // A new address is a new list (another queue, a saved view): it starts from its first page.
            await _table.FirstPageAsync();
        }
    }

    // The table keeps its page and order across a refresh, so a push never throws the reader back to page one.
    protected override async Task RefreshAsync()
    {
        LoadTiles();
        if (_table is not null)
        {
            await _table.ReloadAsync();
        }
    }

    private void LoadTiles()
    {
        var visible = QueueCatalog.VisibleTo(_actor).Select(q => q.Key).ToHashSet();
        _tiles = Board.Snapshot().Queues.Where(t => visible.Contains(t.Key)).ToList();
    }

    private async Task<ItemPage> LoadAsync(int page, int pageSize, ItemSort? sort)
    {
        if (_selected is null && !_mine)
        {
            return new ItemPage([], 0, page + 1, pageSize);
        }
        var filter = new ItemFilter(Queue: _selected?.Key, Assignee: _mine ? _actor.UserName : null, Q: _search,
            Page: page + 1, PageSize: pageSize, OpenOnly: _mine);
        return await Runner.RunAsync<ItemQueries, ItemPage>(q => q.ListAsync(filter, _actor, sort ?? ItemSort.Default, CancellationToken.None));
    }

    private IReadOnlyList<ItemSummary> Rows => _table?.Rows ?? [];

    private async Task SearchAsync(string? text)
    {
        _search = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (_table is not null)
        {
            // A narrower search may have fewer pages than the one being read.
            await _table.FirstPageAsync();
        }
    }

    private ViewState CurrentView()
    {
        var sort = _table?.Sort ?? _viewSort;
        var filters = new Dictionary<string, string>();
        if (SelectedKey is { } queue)
        {
            filters["queue"] = queue;
        }
        if (_search is { } search)
        {
            filters["q"] = search;
        }
        return new ViewState(filters, sort?.Key.ToString().ToLowerInvariant(), sort?.Descending ?? false);
    }

    private void OpenView(Views.SavedViewDto view)
    {
        var queue = view.Filters.GetValueOrDefault("queue") ?? SelectedKey ?? Mine;
        var query = new Dictionary<string, object?> { ["q"] = view.Filters.GetValueOrDefault("q"), ["sort"] = view.Sort, ["desc"] = view.Descending ? true : null };
        _search = view.Filters.GetValueOrDefault("q");
        _viewSort = Enum.TryParse<ItemSortKey>(view.Sort, ignoreCase: true, out var key) ? new ItemSort(key, view.Descending) : null;
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters($"/queues/{Uri.EscapeDataString(queue)}", query));
    }

    private string ExportAddress(string format)
    {
        var view = CurrentView();
        var query = new Dictionary<string, object?>
        {
            ["format"] = format,
            ["queue"] = _mine ? null : _selected?.Key,
            ["assignee"] = _mine ? _actor.UserName : null,
            ["q"] = _search,
            ["sort"] = view.Sort,
            ["desc"] = view.Descending ? true : null,
        };
        return Navigation.GetUriWithQueryParameters("/api/v1/items/export", query);
    }

    private async Task AfterBulkAsync()
    {
        _ticked.Clear();
        await RefreshAsync();
    }

    private string? SelectedKey => _mine ? Mine : _selected?.Key;

    protected override TimeSpan? RedrawEvery => SlaLook.RefreshEvery;

    private void Pick(ChangeEventArgs e) => Navigation.NavigateTo($"/queues/{e.Value}");

    private string LinkClass(string key) =>
        "mud-list-item mud-list-item-dense mud-list-item-gutters mud-list-item-clickable mud-ripple" + (key == SelectedKey ? " mud-selected-item mud-primary-text mud-primary-hover" : "");

    private string? Current(string key) => key == SelectedKey ? "page" : null;

    private async Task TakeNextAsync()
    {
        if (_selected is not { } queue)
        {
            return;
        }
        _taking = true;
        var item = await Runner.RunAsync<TakeNextHandler, Domain.Items.WorkItem?>(c => c.HandleAsync(_actor, new TakeNextCommand(queue)));
        _taking = false;
        if (item is null)
        {
            _empty = true;
            return;
        }
        Navigation.NavigateTo($"/items/{item.Id}");
    }
}
