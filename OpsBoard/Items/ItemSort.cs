using OpsBoard.Domain.Items;

namespace OpsBoard.Items;

/// <summary>What a list of items can be ordered by.</summary>
public enum ItemSortKey
{
    /// <summary>Open items first, by nearest SLA deadline: how a queue is worked.</summary>
    Due,
    Title,
    State,
    Assignee,
    Id,
}

/// <summary>An order for <see cref="ItemQueries.ListAsync(ItemFilter, Domain.Engine.Actor, ItemSort, CancellationToken)"/>, done by the database.</summary>
public sealed record ItemSort(ItemSortKey Key = ItemSortKey.Due, bool Descending = false)
{
    public static ItemSort Default { get; } = new();

    internal IQueryable<WorkItem> Apply(IQueryable<WorkItem> query) => Key switch
    {
        ItemSortKey.Title => By(query, i => i.Title),
        ItemSortKey.State => By(query, i => i.State),
        ItemSortKey.Assignee => By(query, i => i.Assignee),
        ItemSortKey.Id => Descending ? query.OrderByDescending(i => i.Id) : query.OrderBy(i => i.Id),
        // Finished items and items without a deadline stay last whichever way the deadlines run.
        _ => Descending
            ? query.OrderBy(i => i.DoneAt != null).ThenBy(i => i.SlaDueAt == null).ThenByDescending(i => i.SlaDueAt).ThenBy(i => i.Id)
            : query.OrderBy(i => i.DoneAt != null).ThenBy(i => i.SlaDueAt == null).ThenBy(i => i.SlaDueAt).ThenBy(i => i.Id),
    };

    // The id breaks ties so a page boundary never shows a row twice or skips one.
    private IQueryable<WorkItem> By<TKey>(IQueryable<WorkItem> query, System.Linq.Expressions.Expression<Func<WorkItem, TKey>> key) =>
        Descending ? query.OrderByDescending(key).ThenBy(i => i.Id) : query.OrderBy(key).ThenBy(i => i.Id);
}
