using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows.Orders;

namespace OpsBoard.Orders;

/// <summary>How many orders stand in one state that came by one channel.</summary>
public sealed record OrderCount(string Channel, string State, int Count);

/// <summary>Open orders by channel and state, for the director's statistics (the daily report's small section).</summary>
public static class OrderCounts
{
    /// <summary>The orders open now, in the state they stand in, by channel then state: the board's and the queues' table.</summary>
    public static async Task<IReadOnlyList<OrderCount>> OpenAsync(OpsBoardDbContext db, CancellationToken ct = default)
    {
        var open = await db.Items.AsNoTracking().Where(i => i.Type == OrderWorkflow.Type && i.DoneAt == null)
            .Select(i => new { i.Id, i.State }).ToListAsync(ct);
        return await OfAsync(db, open.ToDictionary(o => o.Id, o => o.State), ct);
    }

    /// <summary>The given orders (open at the report's moment, in the state they stood in then), by channel then state.</summary>
    public static async Task<IReadOnlyList<OrderCount>> OfAsync(OpsBoardDbContext db, IReadOnlyDictionary<long, string> stateById, CancellationToken ct)
    {
        if (stateById.Count == 0)
        {
            return [];
        }
        var ids = stateById.Keys.ToList();
        var orders = await db.Items.AsNoTracking().Where(i => i.Type == OrderWorkflow.Type && ids.Contains(i.Id)).ToListAsync(ct);
        var states = Enum.GetNames<OrderState>().ToList();
        return [.. orders
            .GroupBy(o => (Channel: o.Fields.Text("channel") ?? string.Empty, State: stateById[o.Id]))
            .Select(g => new OrderCount(g.Key.Channel, g.Key.State, g.Count()))
            .OrderBy(c => OrderWorkflow.Channels.ToList().IndexOf(c.Channel)).ThenBy(c => states.IndexOf(c.State))];
    }
}
