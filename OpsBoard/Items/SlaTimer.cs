using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;
using OpsBoard.Turns;

namespace OpsBoard.Items;

/// <summary>
/// The clock of the state an item enters, on the team's business calendar, by whose turn it is: the
/// desk's own clock (paused while others hold the item), none while the client holds it, the broker's
/// deadline while the broker does. See docs/sla-turns.md.
/// </summary>
public sealed class SlaTimer(BusinessCalendar calendar, BrokerDeadlines deadlines)
{
    /// <summary>Whether a clock of the workflow may pause, so computing it needs the item's whole history.</summary>
    public bool NeedsHistory(IWorkflow workflow) => workflow.HasWaits && workflow.States.Any(s => workflow.SlaFor(s) is not null);

    /// <summary>The clock after the item's last entry; <paramref name="entries"/> are every state it entered, in order, from its creation.</summary>
    public SlaWindow? Window(IWorkflow workflow, IReadOnlyList<StateEntry> entries, IReadOnlyDictionary<string, object?> fields)
    {
        var entry = entries[^1];
        switch (workflow.HolderOf(entry.State))
        {
            case Party.Client:
                return null;
            case Party.Broker:
                var since = BrokerRun.Of(entries, workflow.HolderOf, at => at)[^1].Since;
                return deadlines.For(workflow.Type) is { } deadline ? calendar.Window(since, deadline) : null;
        }
        var rule = workflow.SlaFor(entry.State);
        if (rule is null)
        {
            return null;
        }
        var start = DeskClock.RunStart(entries, workflow.HolderOf, rule.Clock);
        var turns = TurnLog.Of([.. entries.Skip(start)], workflow.HolderOf, entry.At);
        return DeskClock.Window(calendar, turns, entry.At, calendar.Length(rule.Allowed(fields)));
    }
}
