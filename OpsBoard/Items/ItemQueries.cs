using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Items;

/// <summary>What to list; <see cref="OpenOnly"/> leaves out items whose work is done.</summary>
public sealed record ItemFilter(string? Type = null, string? State = null, string? Assignee = null, string? Queue = null,
    string? Q = null, int Page = 1, int PageSize = 50, bool OpenOnly = false);

/// <summary>Reads items and history for pages and the API, only what the viewer may see; never changes anything.</summary>
public sealed class ItemQueries(OpsBoardDbContext db, ItemAccess access, TimeProvider clock)
{
    /// <summary>The item, or null when there is none or the viewer may not see it: both read as "no such item".</summary>
    public async Task<WorkItem?> FindAsync(long id, Actor viewer, CancellationToken ct = default) =>
        await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) is { } item && await access.CanSeeAsync(viewer, item, ct) ? item : null;

    public Task<ItemPage> ListAsync(ItemFilter filter, Actor viewer, CancellationToken ct = default) => ListAsync(filter, viewer, ItemSort.Default, ct);

    public async Task<ItemPage> ListAsync(ItemFilter filter, Actor viewer, ItemSort sort, CancellationToken ct = default)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 500);
        var query = Filtered(filter, viewer);
        var (items, total) = await PagedRead.ReadAsync(query, sort.Apply(query), page, size, ct);
        var now = clock.GetUtcNow();
        return new ItemPage(items.Select(i => ItemSummary.From(i, now)).ToList(), total, page, size);
    }

    /// <summary>The items the filter asks for, of those the viewer may see, unordered: lists and exports page through it.</summary>
    public IQueryable<WorkItem> Filtered(ItemFilter filter, Actor viewer)
    {
        var query = access.Filter(db.Items.AsNoTracking(), viewer);
        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            query = query.Where(i => i.Type == filter.Type.ToLower());
        }
        if (!string.IsNullOrWhiteSpace(filter.State))
        {
            query = query.Where(i => i.State == filter.State);
        }
        if (!string.IsNullOrWhiteSpace(filter.Assignee))
        {
            query = query.Where(i => i.Assignee == filter.Assignee);
        }
        if (!string.IsNullOrWhiteSpace(filter.Queue))
        {
            query = query.Where(i => i.QueueKey == filter.Queue);
        }
        if (filter.OpenOnly)
        {
            query = query.Where(i => i.DoneAt == null);
        }
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = $"%{filter.Q.Trim()}%";
            query = query.Where(i => EF.Functions.Like(i.Title, pattern));
        }
        return query;
    }

    public async Task<IReadOnlyList<HistoryView>> HistoryAsync(long id, CancellationToken ct = default)
    {
        var rows = await db.History.AsNoTracking().Where(h => h.ItemId == id).OrderBy(h => h.Id).ToListAsync(ct);
        return rows.Select(h => new HistoryView(h.Id, h.Version, h.At, h.Actor, h.Trigger, h.FromState, h.ToState, h.Note,
            FieldsJson.Read(h.ChangesJson))).ToList();
    }
}
