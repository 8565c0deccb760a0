using OpsBoard.Data;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Turns;

/// <summary>An item's business time with each party so far, who holds it now, and its last stretch with the broker.</summary>
public sealed record ItemTurns(long ItemId, DateTimeOffset AsOf, Party? Holder, PartyTimes Times, BrokerRun? Broker);

/// <summary>Computes an item's times by party from its history, as of now on the injected clock.</summary>
public sealed class ItemTimes(OpsBoardDbContext db, WorkflowCatalog workflows, BusinessCalendar calendar, PartySplitter splitter, TimeProvider clock)
{
    public async Task<ItemTurns> ForAsync(long itemId, string type, CancellationToken ct = default)
    {
        var entries = await StateEntries.LoadAsync(db, itemId, ct);
        return Compute(itemId, workflows.Get(type), entries, clock.GetUtcNow());
    }

    public ItemTurns Compute(long itemId, IWorkflow workflow, IReadOnlyList<StateEntry> entries, DateTimeOffset now)
    {
        var turns = TurnLog.Of(entries, workflow.HolderOf, now);
        var times = turns.Count == 0 ? PartyTimes.Zero : PartyTimes.Within(calendar, turns, turns[0].From, now);
        return new ItemTurns(itemId, now, turns.Count == 0 ? null : turns[^1].Holder, times, splitter.BrokerRuns(workflow, entries).LastOrDefault());
    }
}
