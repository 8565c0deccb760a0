using System.Text.Json;

namespace OpsBoard.Views;

/// <summary>A view to save: the list, a name, the list's filters as names to text, an order, and whether the team sees it.</summary>
public sealed record SaveViewRequest(string? List, string? Name, JsonElement? Filters, string? Sort, bool? Descending, bool? Shared);

/// <summary>A saved view as the API and the menus show it; <see cref="Mine"/> is false for a teammate's shared view.</summary>
public sealed record SavedViewDto(long Id, string List, string Name, string Owner, IReadOnlyDictionary<string, string> Filters,
    string? Sort, bool Descending, bool Shared, bool Mine, DateTimeOffset SavedAt)
{
    public static SavedViewDto From(SavedView view, string reader) => new(view.Id, view.List, view.Name, view.Owner,
        JsonSerializer.Deserialize<Dictionary<string, string>>(view.FiltersJson) ?? [], view.Sort, view.Descending, view.Shared,
        view.Owner == reader, view.SavedAt);
}
