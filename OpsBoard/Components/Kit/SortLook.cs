using MudBlazor;

namespace OpsBoard.Components.Kit;

/// <summary>How a list's sortable header reads (the <c>table-sort</c> look in app.css): its arrow, its classes and what it tells a screen reader.</summary>
public static class SortLook
{
    /// <summary>The arrow after a header's name, pointing up; the classes turn it round for a descending order.</summary>
    public static readonly string Icon = Glyph.Markup(Icons.Material.Filled.ArrowUpward, "mud-icon-size-small table-sort-icon");

    public static string Classes(bool sorted, bool descending) =>
        !sorted ? "table-sort" : descending ? "table-sort table-sorted table-sorted-desc" : "table-sort table-sorted";

    public static string? Aria(bool sorted, bool descending) => !sorted ? null : descending ? "descending" : "ascending";
}
