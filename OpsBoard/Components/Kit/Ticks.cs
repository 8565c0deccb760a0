using Microsoft.AspNetCore.Components;

namespace OpsBoard.Components.Kit;

/// <summary>
/// The rows a lead has ticked on a list for bulk work, by id: a tick stays while the reader pages, and a push that
/// redraws a row with a new version keeps it ticked.
/// </summary>
public sealed class Ticks<T>(Func<T, long> idOf)
{
    private readonly Dictionary<long, T> _ticked = [];

    /// <summary>The ticked rows, a new collection after every change so a component handed it sees the change.</summary>
    public IReadOnlyCollection<T> Items { get; private set; } = [];

    public bool Has(T row) => _ticked.ContainsKey(idOf(row));

    /// <summary>Whether every row on screen is ticked; never for an empty page.</summary>
    public bool AllOf(IReadOnlyCollection<T> rows) => rows.Count > 0 && rows.All(Has);

    /// <summary>A row's tick box changed.</summary>
    public void Set(T row, ChangeEventArgs e) => SetAll([row], e);

    /// <summary>The tick box over the rows on screen changed.</summary>
    public void SetAll(IEnumerable<T> rows, ChangeEventArgs e)
    {
        foreach (var row in rows)
        {
            if (e.Value is true)
            {
                _ticked[idOf(row)] = row;
            }
            else
            {
                _ticked.Remove(idOf(row));
            }
        }
        Items = [.. _ticked.Values];
    }

    public void Clear()
    {
        _ticked.Clear();
        Items = [];
    }
}
