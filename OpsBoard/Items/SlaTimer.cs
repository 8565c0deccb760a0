using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Items;

/// <summary>Starts the clock of the state an item enters, on the team's business calendar.</summary>
public sealed class SlaTimer(BusinessCalendar calendar)
{
    public SlaWindow? Window(IWorkflow workflow, string state, DateTimeOffset createdAt, DateTimeOffset now, IReadOnlyDictionary<string, object?> fields)
    {
        var rule = workflow.SlaFor(state);
        if (rule is null)
        {
            return null;
        }
        var start = rule.Clock == SlaClock.FromCreation ? createdAt : now;
        return calendar.Window(start, rule.Allowed(fields));
    }
}
