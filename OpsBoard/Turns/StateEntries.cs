using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Sla;
using OpsBoard.Items;

namespace OpsBoard.Turns;

/// <summary>The states an item entered, read from its history: what the clocks and the times by party are computed from.</summary>
public static class StateEntries
{
    /// <summary>The entries of history rows in order; taking an item or a fact beside it is no entry.</summary>
    public static List<StateEntry> From(IEnumerable<(string Trigger, string ToState, DateTimeOffset At)> rows) =>
        [.. rows.Where(r => !ItemTriggers.LeavesWorkAsIs(r.Trigger)).Select(r => new StateEntry(r.ToState, r.At))];

    public static async Task<List<StateEntry>> LoadAsync(OpsBoardDbContext db, long itemId, CancellationToken ct)
    {
        var rows = await db.History.AsNoTracking().Where(h => h.ItemId == itemId).OrderBy(h => h.Id)
            .Select(h => new { h.Trigger, h.ToState, h.At }).ToListAsync(ct);
        return From(rows.Select(r => (r.Trigger, r.ToState, r.At)));
    }
}
