using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows.Collections;

namespace OpsBoard.Collections;

/// <summary>An agent's open cases (or the whole desk's), filtered and ordered so the first one is the next to call.</summary>
public sealed class Portfolio(OpsBoardDbContext db, DeskProjection desk, TimeProvider clock)
{
    /// <summary>Whose cases: <paramref name="agent"/>'s, or with <c>null</c> every open case on the desk, as a lead watches it.</summary>
    public async Task<PortfolioView> ForAsync(string? agent, PortfolioFilter filter, CancellationToken ct = default)
    {
        var today = desk.LocalDay(clock.GetUtcNow());
        var query = db.Items.AsNoTracking().Where(i => i.Type == CollectionWorkflow.Type && i.DoneAt == null);
        if (agent is not null)
        {
            query = query.Where(i => i.Assignee == agent);
        }
        if (!string.IsNullOrWhiteSpace(filter.State))
        {
            query = query.Where(i => i.State == filter.State);
        }
        var items = await query.ToListAsync(ct);
        var ids = items.Select(i => i.Id).ToList();
        var lastCalls = await db.History.AsNoTracking()
            .Where(h => ids.Contains(h.ItemId) && h.Trigger == nameof(CollectionTrigger.LogCall))
            .GroupBy(h => h.ItemId).Select(g => new { ItemId = g.Key, At = g.Max(h => h.At) }).ToListAsync(ct);
        var lastCallAt = lastCalls.ToDictionary(c => c.ItemId, c => c.At);
        var cases = items.Select(i =>
        {
            var promiseDate = i.Fields.Date("promiseDate");
            var promised = i.State == nameof(CollectionState.Promised);
            return new PortfolioCase(i.Id, i.Title, i.Fields.Text("client") ?? string.Empty, i.State, i.Fields.Decimal("amountDue") ?? 0m,
                i.Fields.Decimal("daysOverdue") ?? 0m, lastCallAt.TryGetValue(i.Id, out var at) ? at : null, i.Fields.Text("callOutcome"),
                (int)(i.Fields.Decimal("callCount") ?? 0m), promised ? promiseDate : null, promised ? i.Fields.Decimal("promiseAmount") : null,
                promised && promiseDate == today, i.Version)
            {
                Assignee = i.Assignee,
                Plan = i.State == nameof(CollectionState.InAgreement)
                    ? new PaymentPlan((int)(i.Fields.Decimal("installments") ?? 0m), i.Fields.Date("nextDueDate"),
                        (int)(i.Fields.Decimal("installmentsPaid") ?? 0m), i.Fields.Date("nextDueDate") == today)
                    : null,
            };
        });
        var filtered = cases
            .Where(c => filter.MinDaysOverdue is null || c.DaysOverdue >= filter.MinDaysOverdue)
            .Where(c => filter.MaxDaysOverdue is null || c.DaysOverdue <= filter.MaxDaysOverdue)
            .Where(c => filter.MinAmount is null || c.AmountDue >= filter.MinAmount)
            .Where(c => filter.MaxAmount is null || c.AmountDue <= filter.MaxAmount)
            .Where(c => filter.ContactedBefore is null || c.LastCallAt is null || desk.LocalDay(c.LastCallAt.Value) < filter.ContactedBefore)
            // What is due today first, a promise or an agreement's installment alike.
            .OrderByDescending(c => c.PromiseDueToday || c.Plan?.DueToday == true)
            .ThenBy(c => c.LastCallAt ?? DateTimeOffset.MinValue)
            .ThenByDescending(c => c.DaysOverdue)
            .ThenBy(c => c.Id)
            .ToList();
        return new PortfolioView(agent ?? string.Empty, today, filtered);
    }

    /// <summary>
    /// One page of a portfolio for a grid, in the next-to-call order unless a column is sorted. The order depends on the
    /// cases' call history, so it is worked out here over the open cases only, and only the page goes to the screen.
    /// </summary>
    public async Task<PortfolioSlice> PageAsync(string? agent, PortfolioFilter filter, PortfolioSort? sort, int page, int pageSize,
        CancellationToken ct = default)
    {
        var view = await ForAsync(agent, filter, ct);
        IEnumerable<PortfolioCase> cases = view.Cases;
        if (sort is not null)
        {
            Func<PortfolioCase, object?> key = sort.Column switch
            {
                nameof(PortfolioCase.Client) => c => c.Client,
                nameof(PortfolioCase.Assignee) => c => c.Assignee,
                nameof(PortfolioCase.State) => c => c.State,
                nameof(PortfolioCase.AmountDue) => c => c.AmountDue,
                nameof(PortfolioCase.DaysOverdue) => c => c.DaysOverdue,
                nameof(PortfolioCase.LastCallAt) => c => c.LastCallAt,
                nameof(PortfolioCase.Calls) => c => c.Calls,
                _ => c => c.Id,
            };
            cases = sort.Descending ? cases.OrderByDescending(key) : cases.OrderBy(key);
        }
        var size = Math.Clamp(pageSize, 1, 500);
        return new PortfolioSlice(cases.Skip(Math.Max(page, 0) * size).Take(size).ToList(), view.Cases.Count, view.Next);
    }
}
