using Microsoft.EntityFrameworkCore;
using OpsBoard.Board;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows.Operations;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Fx.Exposure;

/// <summary>
/// Open positions per currency and direction, from the operations the reader may see. Received: from identification to
/// ready to close (the client's money is announced or in, the broker has not got the order); closed not settled:
/// Closed, AtBroker, Returned; settled today: settled since the start of the team's day. Amounts in USD at the rate
/// fixed when the operation closed, else today's reference rate.
/// </summary>
public sealed class ExposureQuery(OpsBoardDbContext db, ItemAccess access, IUsdRates rates, BusinessCalendar calendar, TimeProvider clock)
{
    private enum Stage { Received, ClosedNotSettled, SettledToday }

    private static readonly string[] ReceivedStates =
        [nameof(OperationState.Received), nameof(OperationState.AwaitingPayment), nameof(OperationState.PaymentReview), nameof(OperationState.ReadyToClose)];

    private static readonly string[] ClosedStates = [nameof(OperationState.Closed), nameof(OperationState.AtBroker), nameof(OperationState.Returned)];

    public async Task<ExposureView> ReadAsync(Actor actor, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var dayStart = BoardRules.DayStart(calendar.Zone, BoardRules.LocalDay(calendar.Zone, now));
        var settled = nameof(OperationState.Settled);
        var items = await access.Filter(db.Items.AsNoTracking(), actor)
            .Where(i => i.Type == OperationWorkflow.Type
                && (ReceivedStates.Contains(i.State) || ClosedStates.Contains(i.State) || (i.State == settled && i.DoneAt >= dayStart)))
            .ToListAsync(ct);
        var rows = items.Where(i => i.Fields.GetValueOrDefault("amount") is decimal)
            .Select(i => (Item: i, Stage: StageOf(i.State), Currency: OperationWorkflow.CurrencyOf(i.Fields.GetValueOrDefault),
                Direction: i.Fields.GetValueOrDefault("direction") as string))
            .ToList();
        var lines = rows.GroupBy(r => (r.Currency, r.Direction))
            .OrderBy(g => g.Key.Currency, StringComparer.Ordinal).ThenBy(g => g.Key.Direction ?? "~", StringComparer.Ordinal)
            .Select(g => new ExposureLine(g.Key.Currency, g.Key.Direction, Sum(g, Stage.Received), Sum(g, Stage.ClosedNotSettled), Sum(g, Stage.SettledToday)))
            .ToList();
        var totals = new ExposureTotals(lines.Sum(l => l.Received.Usd ?? 0m), lines.Sum(l => l.ClosedNotSettled.Usd ?? 0m), lines.Sum(l => l.SettledToday.Usd ?? 0m));
        var missing = rows.Where(r => OperationWorkflow.UsdAmount(r.Item.Fields.GetValueOrDefault, rates) is null)
            .Select(r => r.Currency).Distinct().Order(StringComparer.Ordinal).ToList();
        return new ExposureView(now, lines, totals, missing);
    }

    private ExposureAmount Sum(IEnumerable<(WorkItem Item, Stage Stage, string Currency, string? Direction)> rows, Stage stage)
    {
        var inStage = rows.Where(r => r.Stage == stage).Select(r => r.Item).ToList();
        var usd = inStage.Select(i => OperationWorkflow.UsdAmount(i.Fields.GetValueOrDefault, rates)).ToList();
        return new ExposureAmount(inStage.Sum(i => (decimal)i.Fields["amount"]!), usd.Any(u => u is null) ? null : usd.Sum(u => u!.Value));
    }

    private static Stage StageOf(string state) =>
        ReceivedStates.Contains(state) ? Stage.Received : ClosedStates.Contains(state) ? Stage.ClosedNotSettled : Stage.SettledToday;
}
