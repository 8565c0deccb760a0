using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace OpsBoard.Components.Kit;

/// <summary>Sort order of a <see cref="DataTable{TItem}"/> column.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary>
/// Declares one column of the enclosing <see cref="DataTable{TItem}"/>. It renders nothing itself:
/// it registers with the table, which draws headers and cells.
/// </summary>
public sealed class DataColumn<TItem> : ComponentBase, IDisposable
{
    [CascadingParameter]
    private DataTable<TItem>? Table { get; set; }

    /// <summary>Header text, already localized.</summary>
    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    /// <summary>The cell's value, used for sorting and filtering (and shown when there is no Template).</summary>
    [Parameter, EditorRequired]
    public Func<TItem, object?> Value { get; set; } = _ => null;

    /// <summary>Optional custom cell content; sorting and filtering still use <see cref="Value"/>.</summary>
    [Parameter]
    public RenderFragment<TItem>? Template { get; set; }

    /// <summary>Optional format for the value, e.g. "g" for dates or "N2" for amounts.</summary>
    [Parameter]
    public string? Format { get; set; }

    /// <summary>Whether clicking the header sorts by this column.</summary>
    [Parameter]
    public bool Sortable { get; set; } = true;

    /// <summary>Whether the table's text filter looks at this column.</summary>
    [Parameter]
    public bool Filterable { get; set; } = true;

    /// <summary>CSS class for the header and cells, e.g. "text-end" for numbers.</summary>
    [Parameter]
    public string? Class { get; set; }

    /// <summary>Sort by this column until the user picks another.</summary>
    [Parameter]
    public SortDirection? DefaultSort { get; set; }

    /// <inheritdoc />
    public void Dispose() => Table?.RemoveColumn(this);

    /// <summary>The value as the user sees it, in the current culture.</summary>
    internal string Text(TItem item) => Value(item) switch
    {
        null => "",
        IFormattable f => f.ToString(Format, CultureInfo.CurrentCulture),
        var v => v.ToString() ?? "",
    };

    /// <inheritdoc />
    protected override void OnInitialized()
    {
        if (Table is null)
        {
            throw new InvalidOperationException($"{nameof(DataColumn<TItem>)} must be placed inside a {nameof(DataTable<TItem>)}.");
        }
        Table.AddColumn(this);
    }
}
