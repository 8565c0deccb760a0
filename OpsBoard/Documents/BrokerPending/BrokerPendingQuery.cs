using Microsoft.EntityFrameworkCore;
using OpsBoard.Board;
using OpsBoard.Data;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows.Operations;
using OpsBoard.Domain.Workflows.Stories;

namespace OpsBoard.Documents.BrokerPending;

/// <summary>Reads what the broker holds now: operations at the broker or returned, stories at the broker, protocols not signed back.</summary>
public sealed class BrokerPendingQuery(OpsBoardDbContext db, BusinessCalendar calendar, TimeProvider clock)
{
    private static readonly string AtBroker = nameof(OperationState.AtBroker);
    private static readonly string Returned = nameof(OperationState.Returned);

    public async Task<BrokerPendingData> LoadAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = BoardRules.LocalDay(calendar.Zone, now);
        var items = await db.Items.AsNoTracking()
            .Where(i => (i.Type == OperationWorkflow.Type && (i.State == AtBroker || i.State == Returned)) || (i.Type == StoryWorkflow.Type && i.State == AtBroker))
            .Select(i => new { i.Id, i.Type, i.Title, i.State }).ToListAsync(ct);
        var ids = items.Select(i => i.Id).ToList();
        // When each item last entered the state it is in: its latest history row into that state from another.
        var entries = await db.History.AsNoTracking().Where(h => ids.Contains(h.ItemId) && h.FromState != h.ToState)
            .Select(h => new { h.Id, h.ItemId, h.ToState, h.At }).ToListAsync(ct);
        var since = entries.GroupBy(e => e.ItemId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Id).Last());
        var rows = items.Where(i => since.ContainsKey(i.Id))
            .Select(i => Row(i.Type, i.Id, i.Title, i.State, since[i.Id].At, today)).ToList();

        var protocols = await db.Protocols.AsNoTracking().Where(p => p.SignedBackOn == null)
            .Select(p => new { p.Number, p.CreatedAt, Stories = p.Stories.Count }).ToListAsync(ct);
        rows.AddRange(protocols.Select(p => Row(BrokerPendingRow.Protocol, p.Number, string.Empty, string.Empty, p.CreatedAt, today) with { Stories = p.Stories }));
        return new BrokerPendingData(today, now, [.. rows.OrderBy(r => r.Since).ThenBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Reference)]);
    }

    private BrokerPendingRow Row(string type, long reference, string title, string state, DateTimeOffset since, DateOnly today) =>
        new(type, reference, title, state, since, BrokerAge.Days(calendar, BoardRules.LocalDay(calendar.Zone, since), today));
}
