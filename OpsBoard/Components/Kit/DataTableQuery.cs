using System.Globalization;

namespace OpsBoard.Components.Kit;

/// <summary>The filtering and ordering behind <see cref="DataTable{TItem}"/>, kept free of rendering.</summary>
internal static class DataTableQuery
{
    /// <summary>Rows whose filterable columns contain <paramref name="filter"/>, in sort order.</summary>
    public static IReadOnlyList<TItem> Apply<TItem>(
        IReadOnlyList<TItem> items,
        IReadOnlyList<DataColumn<TItem>> columns,
        string filter,
        DataColumn<TItem>? sortColumn,
        bool descending)
    {
        IEnumerable<TItem> rows = items;
        if (filter.Length > 0)
        {
            var searchable = columns.Where(c => c.Filterable).ToList();
            rows = rows.Where(item => searchable.Exists(c => Contains(c.Text(item), filter)));
        }
        if (sortColumn is not null)
        {
            // OrderBy is stable, so rows that tie keep the order the page gave them.
            rows = descending
                ? rows.OrderByDescending(sortColumn.Value, ValueComparer.Instance)
                : rows.OrderBy(sortColumn.Value, ValueComparer.Instance);
        }
        return rows.ToList();
    }

    // Ignoring accents as well as case lets "acao" find "Ação", which is how people type a search.
    private static bool Contains(string text, string filter) =>
        CultureInfo.CurrentCulture.CompareInfo.IndexOf(text, filter, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;

    /// <summary>Orders nulls first, strings by the current culture, other values by their own comparison.</summary>
    private sealed class ValueComparer : IComparer<object?>
    {
        public static readonly ValueComparer Instance = new();

        public int Compare(object? x, object? y)
        {
            if (x is null || y is null)
            {
                return (x is null ? 0 : 1) - (y is null ? 0 : 1);
            }
            if (x is not string && x.GetType() == y.GetType() && x is IComparable comparable)
            {
                return comparable.CompareTo(y);
            }
            return string.Compare(
                Convert.ToString(x, CultureInfo.CurrentCulture),
                Convert.ToString(y, CultureInfo.CurrentCulture),
                CultureInfo.CurrentCulture,
                CompareOptions.IgnoreCase);
        }
    }
}
