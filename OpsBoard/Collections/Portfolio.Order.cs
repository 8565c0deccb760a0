using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows.Collections;

namespace OpsBoard.Collections;

/// <summary>What a case shows and the next-to-call order, one rule for the page and for its export.</summary>
public sealed partial class Portfolio
{
    /// <summary>The numbers the next-to-call order reads, small enough to hold for every case of a desk.</summary>
    private readonly record struct CaseKey(long Id, bool DueToday, DateTimeOffset? LastCallAt, decimal DaysOverdue);

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

    private static CaseKey KeyOf(PortfolioCase c) => new(c.Id, c.PromiseDueToday || c.Plan?.DueToday == true, c.LastCallAt, c.DaysOverdue);

    // What is due today first, a promise or an agreement's installment alike; then whoever was called longest ago.
    private static IEnumerable<T> InCallOrder<T>(IEnumerable<T> cases, Func<T, CaseKey> key) => cases
        .OrderByDescending(c => key(c).DueToday)
        .ThenBy(c => key(c).LastCallAt ?? DateTimeOffset.MinValue)
        .ThenByDescending(c => key(c).DaysOverdue)
        .ThenBy(c => key(c).Id);

    private static PortfolioCase CaseOf(WorkItem i, Dictionary<long, DateTimeOffset> lastCallAt, DateOnly today)
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
    }
}
