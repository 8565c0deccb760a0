using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Items;

/// <summary>Why a command changed nothing, in the words every caller shows.</summary>
internal static class Refusals
{
    public const string VersionRequired = "The version the change was made from is required.";

    public static CommandResult Stale(WorkItem current) => new(CommandStatus.Stale, current,
        $"The item changed since the version you saw; it is now at version {current.Version}. Reload and try again.");

    public static CommandResult Refused(IWorkflow workflow, WorkItem item, Actor actor, string trigger, FireResult result)
    {
        var permitted = workflow.PermittedTriggers(item.State, new TransitionContext(actor, item.Fields, FireCommand.NoFields, DateTimeOffset.UtcNow))
            .Select(t => t.Trigger).ToList();
        return result.Refusal switch
        {
            Refusal.RoleNotAllowed => new(CommandStatus.Forbidden, item, $"Your role may not fire '{trigger}'."),
            Refusal.UnexpectedFields => CommandResult.Invalid(result.UnexpectedFields.ToDictionary(f => f, f => new[] { RuleText.FieldNotParameter(f, trigger) })),
            Refusal.MissingFields => CommandResult.Invalid(result.MissingFields.ToDictionary(f => f, f => new[] { RuleText.FieldRequired(f) })),
            Refusal.Blocked => new(CommandStatus.Blocked, item, string.Join(" ", result.BlockedBy.Select(b => b.Text)),
                Permitted: permitted, BlockedBy: result.BlockedBy.Select(b => b.Key).ToList()),
            _ => new(CommandStatus.NotPermitted, item, $"'{trigger}' is not permitted in state {item.State}.", Permitted: permitted),
        };
    }
}
