using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Turns;

/// <summary>Business time by party, per workflow, over any period: for the reports. Reads the history; never changes anything.</summary>
public sealed class PartyTimeQuery(OpsBoardDbContext db, WorkflowCatalog workflows, PartySplitter splitter)
{
    public async Task<IReadOnlyList<WorkflowParties>> LoadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        // The items that count: open when the period began (a wait on the client may last days untouched) and touched in it.
        var latestIds = db.History.Where(h => h.At < from).GroupBy(h => h.ItemId).Select(g => g.Max(h => h.Id));
        var before = await db.History.AsNoTracking().Where(h => latestIds.Contains(h.Id))
            .Select(h => new { h.ItemId, h.ItemType, h.ToState }).ToListAsync(ct);
        var ids = before.Where(b => workflows.Find(b.ItemType) is { } w && !w.DoneStates.Contains(b.ToState)).Select(b => b.ItemId).ToHashSet();
        ids.UnionWith(await db.History.Where(h => h.At >= from && h.At < to).Select(h => h.ItemId).Distinct().ToListAsync(ct));
        var rows = await db.History.AsNoTracking().Where(h => h.At < to && ids.Contains(h.ItemId)).OrderBy(h => h.Id)
            .Select(h => new { h.ItemId, h.ItemType, h.Trigger, h.ToState, h.At }).ToListAsync(ct);
        var items = rows.GroupBy(r => r.ItemId)
            .Select(g => (g.First().ItemType, (IReadOnlyList<Domain.Sla.StateEntry>)StateEntries.From(g.Select(r => (r.Trigger, r.ToState, r.At)))));
        return splitter.Split(items, from, to);
    }
}
