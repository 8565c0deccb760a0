namespace OpsBoard.Collections;

/// <summary>What an agent narrows their portfolio to; every part is optional.</summary>
public sealed record PortfolioFilter(string? State = null, decimal? MinDaysOverdue = null, decimal? MaxDaysOverdue = null,
    decimal? MinAmount = null, decimal? MaxAmount = null, DateOnly? ContactedBefore = null);

/// <summary>A case as the portfolio lists it, with what decides whom to call next.</summary>
public sealed record PortfolioCase(long Id, string Title, string Client, string State, decimal AmountDue, decimal DaysOverdue,
    DateTimeOffset? LastCallAt, string? LastOutcome, int Calls, DateOnly? PromiseDate, decimal? PromiseAmount, bool PromiseDueToday, int Version)
{
    /// <summary>For a case in a payment plan: its installments, how many are paid and the next one's due date.</summary>
    public PaymentPlan? Plan { get; init; }

    /// <summary>Whose portfolio the case is in, so a lead looking at the whole desk sees who holds it.</summary>
    public string? Assignee { get; init; }
}

public sealed record PaymentPlan(int Installments, DateOnly? NextDue, int Paid, bool DueToday);

public sealed record PortfolioView(string Agent, DateOnly Day, IReadOnlyList<PortfolioCase> Cases)
{
    /// <summary>Whom to call next: promises due today first, then whoever was contacted longest ago (never first of all).</summary>
    public PortfolioCase? Next => Cases.FirstOrDefault();
}

/// <summary>A column to order a portfolio by (a <see cref="PortfolioCase"/> property name), instead of next-to-call.</summary>
public sealed record PortfolioSort(string Column, bool Descending);

/// <summary>A page of a portfolio: its cases, how many there are in all, and the next to call among all of them.</summary>
public sealed record PortfolioSlice(IReadOnlyList<PortfolioCase> Items, int Total, PortfolioCase? Next);
