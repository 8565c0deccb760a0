namespace OpsBoard.Views;

/// <summary>
/// A list's filters and order, named by the person who saved it; when shared, everyone who may open that
/// list sees it too, but only its owner may replace or delete it.
/// </summary>
public sealed class SavedView
{
    private SavedView()
    {
        Owner = List = Name = FiltersJson = string.Empty;
    }

    public long Id { get; private set; }

    public string Owner { get; private set; }

    /// <summary>Which list it belongs to, one of <see cref="ViewLists"/>.</summary>
    public string List { get; private set; }

    public string Name { get; private set; }

    /// <summary>The filters as a flat JSON object of names to text, checked against the list's own filters.</summary>
    public string FiltersJson { get; private set; }

    public string? Sort { get; private set; }

    public bool Descending { get; private set; }

    public bool Shared { get; private set; }

    public DateTimeOffset SavedAt { get; private set; }

    public static SavedView Create(string owner, string list, string name) => new() { Owner = owner, List = list, Name = name };

    /// <summary>Saving under a name the owner already used on that list replaces what it held.</summary>
    public void Hold(string filtersJson, string? sort, bool descending, bool shared, DateTimeOffset at)
    {
        FiltersJson = filtersJson;
        Sort = sort;
        Descending = descending;
        Shared = shared;
        SavedAt = at;
    }
}
