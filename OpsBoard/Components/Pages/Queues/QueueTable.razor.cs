using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Components.Kit;
using OpsBoard.Items;

namespace OpsBoard.Components.Pages.Queues;

/// <summary>One page of a queue's items read from the database, in the order its headers set, with a pager.</summary>
public sealed partial class QueueTable
{
    private IReadOnlyList<ItemSummary> _rows = [];
    private int _total;
    private int _page;
    private int _pageSize = TablePager.Sizes[0];
    private ItemSort? _sort;
    private bool _loading = true;

    /// <summary>Reads a page (zero-based) of the given size in the given order; no order means the list's own.</summary>
    [Parameter, EditorRequired]
    public required Func<int, int, ItemSort?, Task<ItemPage>> Load { get; set; }

    /// <summary>The queue (or "mine") the item links come back to, for moving between items.</summary>
    [Parameter]
    public string? From { get; set; }

    [Parameter]
    public string? LabelledBy { get; set; }

    /// <summary>Where a row leads, when not to the item page (a dossier opens on the onboarding page).</summary>
    [Parameter]
    public Func<ItemSummary, string>? Href { get; set; }

    /// <summary>The title column's name, when the list's items are better called something else (a dossier is its client).</summary>
    [Parameter]
    public string? TitleHeader { get; set; }

    /// <summary>Whether the list shows who holds each item; a list whose items are worked by areas rather than people does not.</summary>
    [Parameter]
    public bool ShowAssignee { get; set; } = true;

    /// <summary>The search and the list's tools, above the headers inside the table's frame.</summary>
    [Parameter]
    public RenderFragment? ToolBarContent { get; set; }

    /// <summary>The order a saved view opened the list with, until the reader clicks a header.</summary>
    [Parameter]
    public ItemSort? ViewSort { get; set; }

    /// <summary>A Lead ticks rows for bulk work rather than opening them with a click on the row.</summary>
    [Parameter]
    public bool Lead { get; set; }

    [Parameter]
    public RenderFragment? TickAll { get; set; }

    [Parameter]
    public RenderFragment<ItemSummary>? Tick { get; set; }

    [Inject]
    public required Badges Badges { get; init; }

    [Inject]
    public required OpsBoard.Clients.TierBook Tiers { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    /// <summary>The rows on screen now.</summary>
    public IReadOnlyList<ItemSummary> Rows => _rows;

    /// <summary>The order on screen: the reader's click on a header, else the saved view's; none means the list's own.</summary>
    public ItemSort? Sort => _sort ?? ViewSort;

    /// <summary>Reads the page on screen again, in its order; a push never throws the reader back to page one.</summary>
    public async Task ReloadAsync()
    {
        var page = await Load(_page, _pageSize, Sort);
        if (page.Items.Count == 0 && _page > 0 && page.Total > 0)
        {
            // The page read has emptied (items taken or filtered away): show the last one that has items.
            _page = (page.Total - 1) / _pageSize;
            page = await Load(_page, _pageSize, Sort);
        }
        (_rows, _total, _loading) = (page.Items, page.Total, false);
        StateHasChanged();
    }

    /// <summary>Back to the first page, for a new search.</summary>
    public Task FirstPageAsync()
    {
        _page = 0;
        return ReloadAsync();
    }

    protected override Task OnInitializedAsync() => ReloadAsync();

    private Task MoveAsync(PagerMove move)
    {
        (_page, _pageSize) = (move.Page, move.PageSize);
        return ReloadAsync();
    }

    // A header click sorts by it, a second click turns the order round; the page starts again from the top.
    private Task SortByAsync(ItemSortKey key)
    {
        _sort = Sort?.Key == key ? Sort with { Descending = !Sort.Descending } : new ItemSort(key);
        _page = 0;
        return ReloadAsync();
    }

    private string? AriaSort(ItemSortKey key) => SortLook.Aria(Sort?.Key == key, Sort?.Descending == true);

    private string SortClass(ItemSortKey key) => SortLook.Classes(Sort?.Key == key, Sort?.Descending == true);

    private IEnumerable<(ItemSortKey Key, string Title, string Classes)> Columns =>
    [
        (ItemSortKey.Id, "#", "queue-col-wide"),
        (ItemSortKey.Title, TitleHeader ?? L["Title"], ""),
        (ItemSortKey.State, L["State"], ""),
        .. ShowAssignee ? [(ItemSortKey.Assignee, L["Assignee"].Value, "queue-col-wide")] : Array.Empty<(ItemSortKey, string, string)>(),
        (ItemSortKey.Due, L["Due"], ""),
    ];
}
