namespace OpsBoard.Fx.Exposure;

/// <summary>One stage's amount: in the operations' currency and in US dollars (null when the currency has no rate).</summary>
public sealed record ExposureAmount(decimal Amount, decimal? Usd);

/// <summary>
/// The desk's position in one currency and direction: paid in but not closed with the broker yet (received), closed and
/// not settled, and settled today. A direction not given yet is null.
/// </summary>
public sealed record ExposureLine(string Currency, string? Direction, ExposureAmount Received, ExposureAmount ClosedNotSettled, ExposureAmount SettledToday);

/// <summary>Every line's USD summed, per stage; amounts in a currency without a rate are not in them.</summary>
public sealed record ExposureTotals(decimal ReceivedUsd, decimal ClosedNotSettledUsd, decimal SettledTodayUsd);

/// <summary>The exposure at one instant; currencies without a USD rate are named, since their amounts are missing from the totals.</summary>
public sealed record ExposureView(DateTimeOffset At, IReadOnlyList<ExposureLine> Lines, ExposureTotals TotalsUsd, IReadOnlyList<string> CurrenciesWithoutRate);
