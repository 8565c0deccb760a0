using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Queues;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Live.Nodes;

/// <summary>
/// Turns history rows another node committed into the events its own bus published: the row says what the move did,
/// the item what it is now (title, assignee, clocks), the workflow and queues where the states lie.
/// </summary>
public sealed class HistoryReplay(OpsBoardDbContext db, WorkflowCatalog workflows, QueueCatalog queues)
{
    /// <summary>The rows after <paramref name="after"/> (up to <paramref name="upTo"/> when given), in commit order.</summary>
    public async Task<IReadOnlyList<(long Id, ItemChanged Change)>> ReadAsync(long after, long? upTo, CancellationToken ct)
    {
        var rows = await db.History.AsNoTracking()
            .Where(h => h.Id > after && (upTo == null || h.Id <= upTo))
            .OrderBy(h => h.Id).Take(1000)
            .Join(db.Items.AsNoTracking(), h => h.ItemId, i => i.Id, (h, i) => new { History = h, Item = i })
            .ToListAsync(ct);
        return [.. rows.Select(r => (r.History.Id, Change(r.History, r.Item)))];
    }

    /// <summary>The newest row's id, where a node that starts listening begins.</summary>
    public async Task<long> LastIdAsync(CancellationToken ct) =>
        await db.History.AsNoTracking().MaxAsync(h => (long?)h.Id, ct) ?? 0;

    private ItemChanged Change(Domain.Items.ItemHistoryEntry h, Domain.Items.WorkItem item)
    {
        var done = workflows.Find(h.ItemType)?.DoneStates;
        return new(h.ItemId, h.ItemType, h.Trigger, h.FromState, h.ToState, h.Version, item.Assignee, h.Actor, h.At, item.SlaDueAt)
        {
            Title = item.Title,
            FromQueue = h.FromState.Length == 0 ? null : queues.For(h.ItemType, h.FromState)?.Key,
            ToQueue = queues.For(h.ItemType, h.ToState)?.Key,
            SlaWarnAt = item.SlaWarnAt,
            IsDone = done?.Contains(h.ToState) == true,
            WasDone = done?.Contains(h.FromState) == true,
            ClientId = item.ClientId,
            Changes = FieldsJson.Read(h.ChangesJson),
        };
    }
}
