using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows.Collections;

namespace OpsBoard.Collections;

/// <summary>An agent's open cases (or the whole desk's), filtered and ordered so the first one is the next to call.</summary>
public sealed partial class Portfolio(OpsBoardDbContext db, DeskProjection desk, TimeProvider clock)
{
    /// <summary>The cases read back at once when streaming: enough to keep the database busy, few enough to forget.</summary>
    private const int Batch = 500;

    /// <summary>Whose cases: <paramref name="agent"/>'s, or with <c>null</c> every open case on the desk, as a lead watches it.</summary>
    public async Task<PortfolioView> ForAsync(string? agent, PortfolioFilter filter, CancellationToken ct = default)
    {
        var today = desk.LocalDay(clock.GetUtcNow());
        var lastCalls = await LastCallsAsync(Open(agent, filter), ct);
        var cases = (await Open(agent, filter).ToListAsync(ct)).Select(i => CaseOf(i, lastCalls, today)).Where(c => Passes(filter, c));
        return new PortfolioView(agent ?? string.Empty, today, [.. InCallOrder(cases, KeyOf)]);
    }

    /// <summary>
    /// The same cases in the same order for an export of any size: the order is worked out over a few numbers per case,
    /// and the cases themselves are read again a batch at a time as they are written, so no more than a batch is held.
    /// </summary>
    public async IAsyncEnumerable<PortfolioCase> StreamAsync(string? agent, PortfolioFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var today = desk.LocalDay(clock.GetUtcNow());
        var lastCalls = await LastCallsAsync(Open(agent, filter), ct);
        var keys = new List<CaseKey>();
        await foreach (var item in Open(agent, filter).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (CaseOf(item, lastCalls, today) is var found && Passes(filter, found))
            {
                keys.Add(KeyOf(found));
            }
        }
        foreach (var batch in InCallOrder(keys, k => k).Chunk(Batch))
        {
            var ids = batch.Select(k => k.Id).ToList();
            var items = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
            foreach (var key in batch)
            {
                // A case closed since the order was worked out is left out, as a page read now would.
                if (items.TryGetValue(key.Id, out var item) && item.DoneAt is null)
                {
                    yield return CaseOf(item, lastCalls, today);
                }
            }
        }
    }

    private IQueryable<WorkItem> Open(string? agent, PortfolioFilter filter)
    {
        var query = db.Items.AsNoTracking().Where(i => i.Type == CollectionWorkflow.Type && i.DoneAt == null);
        if (agent is not null)
        {
            query = query.Where(i => i.Assignee == agent);
        }
        if (!string.IsNullOrWhiteSpace(filter.State))
        {
            query = query.Where(i => i.State == filter.State);
        }
        return query;
    }

    // The cases' last calls, asked of the database with the cases' own query rather than a list of their ids.
    private async Task<Dictionary<long, DateTimeOffset>> LastCallsAsync(IQueryable<WorkItem> cases, CancellationToken ct) =>
        (await db.History.AsNoTracking()
            .Where(h => h.Trigger == nameof(CollectionTrigger.LogCall) && cases.Select(i => i.Id).Contains(h.ItemId))
            .GroupBy(h => h.ItemId).Select(g => new { ItemId = g.Key, At = g.Max(h => h.At) }).ToListAsync(ct))
        .ToDictionary(c => c.ItemId, c => c.At);

    private bool Passes(PortfolioFilter filter, PortfolioCase c) =>
        (filter.MinDaysOverdue is null || c.DaysOverdue >= filter.MinDaysOverdue)
        && (filter.MaxDaysOverdue is null || c.DaysOverdue <= filter.MaxDaysOverdue)
        && (filter.MinAmount is null || c.AmountDue >= filter.MinAmount)
        && (filter.MaxAmount is null || c.AmountDue <= filter.MaxAmount)
        && (filter.ContactedBefore is null || c.LastCallAt is null || desk.LocalDay(c.LastCallAt.Value) < filter.ContactedBefore);
}
