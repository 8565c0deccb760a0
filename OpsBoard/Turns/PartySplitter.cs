using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Turns;

/// <summary>One workflow's period: business time its items spent with each party, and how many broker deadlines ran out in it.</summary>
public sealed record WorkflowParties(string Type, PartyTimes Times, int BrokerLate);

/// <summary>
/// Splits the business time of a period by whose turn it was, per workflow, from each item's state
/// entries. Periods add up: a day's figures summed over a week are the week's, because each turn is
/// cut at the period's edges and a broker deadline is counted in the period it runs out in.
/// </summary>
public sealed class PartySplitter(WorkflowCatalog workflows, BusinessCalendar calendar, BrokerDeadlines deadlines)
{
    public IReadOnlyList<WorkflowParties> Split(IEnumerable<(string Type, IReadOnlyList<StateEntry> Entries)> items, DateTimeOffset from, DateTimeOffset to)
    {
        var times = new Dictionary<string, PartyTimes>();
        var late = new Dictionary<string, int>();
        foreach (var (type, all) in items)
        {
            if (workflows.Find(type) is not { } workflow)
            {
                continue;
            }
            var entries = all.Where(e => e.At < to).ToList();
            var turns = TurnLog.Of(entries, workflow.HolderOf, to);
            times[workflow.Type] = times.GetValueOrDefault(workflow.Type, PartyTimes.Zero).Plus(PartyTimes.Within(calendar, turns, from, to));
            late[workflow.Type] = late.GetValueOrDefault(workflow.Type) + BrokerLate(workflow, entries, from, to);
        }
        return [.. workflows.All.OrderBy(w => w.Type, StringComparer.Ordinal)
            .Select(w => new WorkflowParties(w.Type, times.GetValueOrDefault(w.Type, PartyTimes.Zero), late.GetValueOrDefault(w.Type)))];
    }

    /// <summary>The item's broker stretches and their deadlines, or none when the workflow's broker has no deadline.</summary>
    public IReadOnlyList<BrokerRun> BrokerRuns(IWorkflow workflow, IReadOnlyList<StateEntry> entries) =>
        deadlines.For(workflow.Type) is { } deadline ? BrokerRun.Of(entries, workflow.HolderOf, since => calendar.Add(since, deadline)) : [];

    private int BrokerLate(IWorkflow workflow, IReadOnlyList<StateEntry> entries, DateTimeOffset from, DateTimeOffset to) =>
        BrokerRuns(workflow, entries).Count(r => r.DeadlineAt >= from && r.DeadlineAt < to && r.LateAt(to));
}
