using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows.Collections;

namespace OpsBoard.Collections;

/// <summary>A payment applied to a collection case: the history row that recovered it, with the case's holder and client.</summary>
public sealed record AppliedPayment(long HistoryId, long ItemId, DateTimeOffset At, decimal Amount, string? Assignee, long? ClientId);

/// <summary>
/// The payments applied to collection cases between two instants, read from the cases' history, oldest first; with the
/// advances and refunds too, signed, for what the desk recovered (<see cref="Recovery"/>). A payment is the
/// case holder's; a case paid off has no holder any more, so it is the agent who last worked it (called, took the promise or agreement).
/// </summary>
public sealed class AppliedPayments(OpsBoardDbContext db)
{
    private static readonly string[] Worked =
        [nameof(CollectionTrigger.LogCall), nameof(CollectionTrigger.PromiseToPay), nameof(CollectionTrigger.AgreePlan)];

    /// <summary>Payments only, as the credit bureau is told of them.</summary>
    public Task<IReadOnlyList<AppliedPayment>> BetweenAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken ct = default) =>
        ReadAsync(Recovery.PaymentTriggers, start, end, ct);

    /// <summary>Payments, advances and refunds (negative), as the desk's recovered totals and goals count them.</summary>
    public Task<IReadOnlyList<AppliedPayment>> RecoveredBetweenAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken ct = default) =>
        ReadAsync(Recovery.Triggers, start, end, ct);

    private async Task<IReadOnlyList<AppliedPayment>> ReadAsync(string[] triggers, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var rows = await (
            from h in db.History.AsNoTracking()
            join i in db.Items.AsNoTracking() on h.ItemId equals i.Id
            where h.ItemType == CollectionWorkflow.Type && h.At >= start && h.At < end && triggers.Contains(h.Trigger)
            orderby h.At, h.Id
            select new { h.Id, h.ItemId, h.At, h.Trigger, h.ChangesJson, i.Assignee, i.ClientId }).ToListAsync(ct);
        var closed = rows.Where(r => r.Assignee is null).Select(r => r.ItemId).Distinct().ToList();
        var workers = (await db.History.AsNoTracking()
            .Where(h => closed.Contains(h.ItemId) && Worked.Contains(h.Trigger))
            .Select(h => new { h.ItemId, h.Id, h.Actor }).ToListAsync(ct))
            .GroupBy(h => h.ItemId).ToDictionary(g => g.Key, g => g.MaxBy(h => h.Id)!.Actor);
        return rows
            .Select(r => (Row: r, Amount: Recovery.Amount(r.Trigger, FieldsJson.Read(r.ChangesJson).Decimal)))
            .Where(r => r.Amount is not (null or 0m))
            .Select(r => new AppliedPayment(r.Row.Id, r.Row.ItemId, r.Row.At, r.Amount!.Value, r.Row.Assignee ?? workers.GetValueOrDefault(r.Row.ItemId),
                r.Row.ClientId))
            .ToList();
    }
}
