using MudBlazor;
using OpsBoard.Items;

namespace OpsBoard.Components.Kit;

/// <summary>The order a reader chose on an item grid's header, as the database sorts it.</summary>
public static class GridSort
{
    public static ItemSort Of(GridState<ItemSummary> state) =>
        state.SortDefinitions.FirstOrDefault() is not { } sort ? ItemSort.Default : Of(sort.SortBy, sort.Descending);

    /// <summary>The order of a column, by the name the grid gives it.</summary>
    public static ItemSort Of(string? sortBy, bool descending) =>
        new(sortBy switch
        {
            nameof(ItemSummary.Id) => ItemSortKey.Id,
            nameof(ItemSummary.Title) => ItemSortKey.Title,
            nameof(ItemSummary.State) => ItemSortKey.State,
            nameof(ItemSummary.Assignee) => ItemSortKey.Assignee,
            _ => ItemSortKey.Due,
        }, descending);
}
