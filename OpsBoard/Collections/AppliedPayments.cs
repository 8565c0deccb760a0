using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows.Collections;

namespace OpsBoard.Collections;

/// <summary>A payment applied to a collection case: the history row that recovered it, with the case's holder and client.</summary>
public sealed record AppliedPayment(long HistoryId, long ItemId, DateTimeOffset At, decimal Amount, string? Assignee, long? ClientId);

/// <summary>
/// The payments applied to collection cases between two instants, read from the cases' history, oldest first. A payment is the
/// case holder's; a case paid off has no holder any more, so it is the agent who last worked it (called, took the promise or agreement).
/// </summary>
public sealed class AppliedPayments(OpsBoardDbContext db)
{
    internal static readonly string[] Triggers =
        [nameof(CollectionTrigger.PaymentReceived), nameof(CollectionTrigger.Complete), nameof(CollectionTrigger.PayInstallment)];

    private static readonly string[] Worked =
        [nameof(CollectionTrigger.LogCall), nameof(CollectionTrigger.PromiseToPay), nameof(CollectionTrigger.AgreePlan)];

    public async Task<IReadOnlyList<AppliedPayment>> BetweenAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken ct = default)
    {
        var rows = await (
            from h in db.History.AsNoTracking()
            join i in db.Items.AsNoTracking() on h.ItemId equals i.Id
            where h.ItemType == CollectionWorkflow.Type && h.At >= start && h.At < end && Triggers.Contains(h.Trigger)
            orderby h.At, h.Id
            select new { h.Id, h.ItemId, h.At, h.ChangesJson, i.Assignee, i.ClientId }).ToListAsync(ct);
        var closed = rows.Where(r => r.Assignee is null).Select(r => r.ItemId).Distinct().ToList();
        var workers = (await db.History.AsNoTracking()
            .Where(h => closed.Contains(h.ItemId) && Worked.Contains(h.Trigger))
            .Select(h => new { h.ItemId, h.Id, h.Actor }).ToListAsync(ct))
            .GroupBy(h => h.ItemId).ToDictionary(g => g.Key, g => g.MaxBy(h => h.Id)!.Actor);
        return rows
            .Select(r => (Row: r, Amount: FieldsJson.Read(r.ChangesJson).Decimal("paymentAmount")))
            .Where(r => r.Amount is > 0m)
            .Select(r => new AppliedPayment(r.Row.Id, r.Row.ItemId, r.Row.At, r.Amount!.Value, r.Row.Assignee ?? workers.GetValueOrDefault(r.Row.ItemId),
                r.Row.ClientId))
            .ToList();
    }
}
