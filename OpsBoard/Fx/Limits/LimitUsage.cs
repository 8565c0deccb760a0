using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Board;
using OpsBoard.Data;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows.Operations;

namespace OpsBoard.Fx.Limits;

/// <summary>Where a close leaves the client against its limit, all in USD; a limit in a currency without a rate never fits.</summary>
public sealed record LimitCheck(decimal? LimitUsd, decimal UsedUsd, decimal ThisUsd)
{
    public decimal OverBy => UsedUsd + ThisUsd - (LimitUsd ?? 0m);

    public bool Fits => LimitUsd is not null && OverBy <= 0m;

    public string Describe(string reason) => LimitUsd is { } limit
        ? RuleText.Format(reason, Usd(limit), Usd(UsedUsd), Usd(ThisUsd), Usd(OverBy))
        : RuleText.Get("LimitNoRate");

    private static string Usd(decimal amount) => "USD " + amount.ToString("N2", CultureInfo.CurrentCulture);
}

/// <summary>
/// What a client has used of its limit: its operations that have closed and are not settled yet (Closed, AtBroker,
/// Returned), plus those settled in the current calendar month of the team's time zone; each at the USD rate fixed
/// when it closed. Operations not closed yet reserve nothing (they may never close); refunded ones give their room back.
/// </summary>
public sealed class LimitUsage(IUsdRates rates, BusinessCalendar calendar)
{
    public static IReadOnlyList<string> OpenStates { get; } =
        [nameof(OperationState.Closed), nameof(OperationState.AtBroker), nameof(OperationState.Returned)];

    public async Task<LimitCheck> CheckAsync(OpsBoardDbContext db, WorkItem item, decimal limitAmount, string limitCurrency, DateTimeOffset now,
        CancellationToken ct)
    {
        var limitUsd = rates.UsdPerUnit(limitCurrency) is { } rate ? limitAmount * rate : (decimal?)null;
        var monthStart = MonthStart(now);
        var settled = nameof(OperationState.Settled);
        var clientId = item.ClientId;
        var others = await db.Items.AsNoTracking()
            .Where(i => i.ClientId == clientId && i.Type == OperationWorkflow.Type && i.Id != item.Id
                && (OpenStates.Contains(i.State) || (i.State == settled && i.DoneAt >= monthStart)))
            .ToListAsync(ct);
        var used = others.Sum(o => OperationWorkflow.UsdAmount(o.Fields.GetValueOrDefault, rates) ?? 0m);
        return new LimitCheck(limitUsd, used, OperationWorkflow.UsdAmount(item.Fields.GetValueOrDefault, rates) ?? 0m);
    }

    /// <summary>The instant the current calendar month began where the team works.</summary>
    public DateTimeOffset MonthStart(DateTimeOffset now)
    {
        var today = BoardRules.LocalDay(calendar.Zone, now);
        return BoardRules.DayStart(calendar.Zone, new DateOnly(today.Year, today.Month, 1));
    }
}
