using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Workflows.Collections;

namespace OpsBoard.Collections.Keeping;

/// <summary>
/// Counts the promises and agreements made in a month from the cases' history and follows each to what ended it: a payment
/// keeps a promise and a last installment completes an agreement; the system breaks and defaults them. Each counts for the
/// agent who made it, whoever ended it.
/// </summary>
public sealed class KeepingQuery(OpsBoardDbContext db)
{
    private const string Promise = nameof(CollectionTrigger.PromiseToPay);
    private const string Agreement = nameof(CollectionTrigger.AgreePlan);
    private const string Promised = nameof(CollectionState.Promised);
    private const string InAgreement = nameof(CollectionState.InAgreement);

    public async Task<KeepingView> ReadAsync(DeskMonth month, CancellationToken ct = default)
    {
        var made = await db.History.AsNoTracking()
            .Where(h => h.ItemType == CollectionWorkflow.Type && h.At >= month.Start && h.At < month.End && (h.Trigger == Promise || h.Trigger == Agreement))
            .Select(h => new Row(h.ItemId, h.Version, h.Actor, h.Trigger, h.FromState, h.ToState)).ToListAsync(ct);
        var ids = made.Select(m => m.ItemId).Distinct().ToList();
        // Whatever a case did after the promise or agreement was made, in order: the first move out of it says how it ended.
        var later = (await db.History.AsNoTracking()
            .Where(h => ids.Contains(h.ItemId) && (h.FromState == Promised || h.FromState == InAgreement) && h.ToState != h.FromState)
            .Select(h => new Row(h.ItemId, h.Version, h.Actor, h.Trigger, h.FromState, h.ToState)).ToListAsync(ct))
            .ToLookup(h => h.ItemId);
        var outcomes = made.Select(m => (m.Actor, m.Trigger, End: later[m.ItemId].Where(h => h.Version > m.Version).MinBy(h => h.Version))).ToList();
        var agents = outcomes.GroupBy(o => o.Actor, StringComparer.OrdinalIgnoreCase)
            .Select(g => Line(g.Key, g.ToList())).OrderBy(l => l.UserName, StringComparer.Ordinal).ToList();
        return new KeepingView(month.Key, Line(null, outcomes), agents);
    }

    private static KeepingLine Line(string? userName, IReadOnlyList<(string Actor, string Trigger, Row? End)> outcomes)
    {
        var promises = outcomes.Where(o => o.Trigger == Promise).ToList();
        var agreements = outcomes.Where(o => o.Trigger == Agreement).ToList();
        return new KeepingLine(userName,
            new PromiseCounts(promises.Count,
                promises.Count(p => p.End?.Trigger == nameof(CollectionTrigger.PaymentReceived)),
                promises.Count(p => p.End is not null && p.End.Trigger != nameof(CollectionTrigger.PaymentReceived)),
                promises.Count(p => p.End is null)),
            new AgreementCounts(agreements.Count,
                agreements.Count(a => a.End?.ToState == nameof(CollectionState.Paid)),
                agreements.Count(a => a.End is not null && a.End.ToState != nameof(CollectionState.Paid)),
                agreements.Count(a => a.End is null)));
    }

    private sealed record Row(long ItemId, int Version, string Actor, string Trigger, string FromState, string ToState);
}
