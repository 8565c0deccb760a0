using OpsBoard.Api;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Items;

/// <summary>Why a command changed nothing, in the words every caller shows.</summary>
internal static class Refusals
{
    public static string VersionRequired => ApiText.Get("VersionRequired");

    public static CommandResult Stale(WorkItem current) => new(CommandStatus.Stale, current,
        ApiText.Format("Stale", current.Version));

    public static CommandResult Refused(IWorkflow workflow, WorkItem item, Actor actor, string trigger, FireResult result)
    {
        var permitted = workflow.PermittedTriggers(item.State, new TransitionContext(actor, item.Fields, FireCommand.NoFields, DateTimeOffset.UtcNow))
            .Select(t => t.Trigger).ToList();
        return result.Refusal switch
        {
            Refusal.RoleNotAllowed => new(CommandStatus.Forbidden, item, ApiText.Format("RoleMayNotFire", WorkflowText.Trigger(trigger))),
            Refusal.UnexpectedFields => CommandResult.Invalid(result.UnexpectedFields.ToDictionary(f => f, f => new[] { RuleText.FieldNotParameter(f, trigger) })),
            Refusal.MissingFields => CommandResult.Invalid(result.MissingFields.ToDictionary(f => f, f => new[] { RuleText.FieldRequired(f) })),
            Refusal.Blocked => new(CommandStatus.Blocked, item, string.Join(" ", result.BlockedBy.Select(b => b.Text)),
                Permitted: permitted, BlockedBy: result.BlockedBy.Select(b => b.Key).ToList()),
            _ => new(CommandStatus.NotPermitted, item, ApiText.Format("NotPermittedInState", WorkflowText.Trigger(trigger), WorkflowText.State(item.State)), Permitted: permitted),
        };
    }
}
