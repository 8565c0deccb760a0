using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace OpsBoard.Components.Kit;

/// <summary>
/// A sortable, filterable, paged table. Columns are declared as <see cref="DataColumn{TItem}"/>
/// children. Sort, filter and page survive new <see cref="Items"/>, so live updates don't
/// throw the user back to page one.
/// </summary>
public partial class DataTable<TItem>
{
    private readonly List<DataColumn<TItem>> columns = [];
    private DataColumn<TItem>? sortColumn;
    private bool descending;
    private string filter = "";

    [Inject]
    private IStringLocalizer<ScreenText> L { get; set; } = default!;

    /// <summary>The rows; the table never modifies the list.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<TItem> Items { get; set; } = [];

    /// <summary>The <see cref="DataColumn{TItem}"/> declarations.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>Stable identity of a row: used to diff rows and rendered as <c>data-key</c>.</summary>
    [Parameter]
    public Func<TItem, object?>? RowKey { get; set; }

    /// <summary>Extra CSS classes for a row, e.g. to highlight breached items.</summary>
    [Parameter]
    public Func<TItem, string?>? RowClass { get; set; }

    /// <summary>Raised when a row is clicked; rows only look clickable when this is set.</summary>
    [Parameter]
    public EventCallback<TItem> OnRowClick { get; set; }

    /// <summary>Rows per page; 0 shows all rows.</summary>
    [Parameter]
    public int PageSize { get; set; } = 25;

    /// <summary>Whether to show the text filter above the table.</summary>
    [Parameter]
    public bool Filterable { get; set; } = true;

    /// <summary>Shown when no row matches; defaults to the localized "No items.".</summary>
    [Parameter]
    public string? EmptyText { get; set; }

    /// <summary>The 1-based page being shown.</summary>
    public int CurrentPage { get; private set; } = 1;

    /// <summary>Sorts by <paramref name="column"/>; choosing the sorted column again reverses it.</summary>
    public void SortBy(DataColumn<TItem> column)
    {
        descending = sortColumn == column && !descending;
        sortColumn = column;
        StateHasChanged();
    }

    /// <summary>Shows only rows containing <paramref name="text"/> in a filterable column.</summary>
    public void SetFilter(string? text)
    {
        filter = text?.Trim() ?? "";
        CurrentPage = 1;
        StateHasChanged();
    }

    /// <summary>Moves to a page; out-of-range numbers are clamped when rendering.</summary>
    public void GoToPage(int page)
    {
        CurrentPage = page;
        StateHasChanged();
    }

    internal void AddColumn(DataColumn<TItem> column)
    {
        if (columns.Contains(column))
        {
            return;
        }
        columns.Add(column);
        if (sortColumn is null && column.DefaultSort is { } direction)
        {
            sortColumn = column;
            descending = direction == SortDirection.Descending;
        }
        // Columns register while the table's first render is in progress; render again to draw them.
        StateHasChanged();
    }

    internal void RemoveColumn(DataColumn<TItem> column)
    {
        if (columns.Remove(column))
        {
            sortColumn = sortColumn == column ? null : sortColumn;
            StateHasChanged();
        }
    }

    private IReadOnlyList<TItem> View()
    {
        var rows = DataTableQuery.Apply(Items, columns, filter, sortColumn, descending);
        CurrentPage = Math.Clamp(CurrentPage, 1, PageCount(rows.Count));
        return rows;
    }

    private int PageCount(int rowCount) => PageSize > 0 ? Math.Max(1, (rowCount + PageSize - 1) / PageSize) : 1;

    private IEnumerable<TItem> PageOf(IReadOnlyList<TItem> rows) =>
        PageSize > 0 ? rows.Skip((CurrentPage - 1) * PageSize).Take(PageSize) : rows;

    private string CountText(int rowCount)
    {
        var first = rowCount == 0 ? 0 : PageSize > 0 ? ((CurrentPage - 1) * PageSize) + 1 : 1;
        var last = PageSize > 0 ? Math.Min(rowCount, CurrentPage * PageSize) : rowCount;
        return L["RowsShown", first, last, rowCount];
    }

    private string? AriaSort(DataColumn<TItem> column) =>
        column != sortColumn ? null : descending ? "descending" : "ascending";

    private string SortIcon(DataColumn<TItem> column) =>
        column != sortColumn ? "bi-chevron-expand text-body-tertiary" : descending ? "bi-sort-down" : "bi-sort-up";

    private string? RowCss(TItem item)
    {
        var css = RowClass?.Invoke(item);
        return OnRowClick.HasDelegate ? $"data-table-clickable {css}".TrimEnd() : css;
    }

    // No handler at all when nobody listens, so a click doesn't cost a round trip to the server.
    private EventCallback RowClick(TItem item) =>
        OnRowClick.HasDelegate ? EventCallback.Factory.Create(this, () => OnRowClick.InvokeAsync(item)) : default;
}
