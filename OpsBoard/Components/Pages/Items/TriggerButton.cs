using Microsoft.Extensions.Localization;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;

namespace OpsBoard.Components.Pages.Items;

/// <summary>A trigger of the item's state as the page shows it: enabled, or disabled with the reason; destructive ones stand out.</summary>
public sealed record TriggerButton(string Trigger, bool Enabled, string? Why, bool Destructive = false)
{
    // Verbs that undo or refuse the work whatever state they lead to (a rejected proof goes back to waiting, but is a refusal).
    private static readonly string[] RefusingVerbs = ["Cancel", "Reject", "WriteOff"];

    public static IReadOnlyList<TriggerButton> For(IWorkflow workflow, WorkItem item, Actor actor, DateTimeOffset now, IStringLocalizer<ScreenText> localizer)
    {
        var available = workflow.PermittedTriggers(item.State, new TransitionContext(actor, item.Fields, new Dictionary<string, object?>(), now))
            .ToDictionary(t => t.Trigger);
        return workflow.Triggers.Where(t => t.From.Contains(item.State)).Select(t => available.TryGetValue(t.Name, out var a)
                ? OwnScreen(workflow, t)
                    ? new TriggerButton(t.Name, false, localizer["MadeOnOwnScreen"], IsDestructive(workflow, t))
                    : new TriggerButton(t.Name, a.CanFire, a.CanFire ? null : string.Join(" ", a.BlockedBy.Select(b => b.Text)), IsDestructive(workflow, t))
                : new TriggerButton(t.Name, false, localizer["NeedsRole", Kit.RoleNames.Join(localizer, t.Roles)], IsDestructive(workflow, t)))
            .ToList();
    }

    /// <summary>A trigger that takes a raw JSON field is made on the screen built for it, never through the generic dialog.</summary>
    public static bool OwnScreen(IWorkflow workflow, TriggerInfo trigger) =>
        TransitionAsk.For(workflow, trigger.Name).Fields.Any(f => f.RawJson);

    /// <summary>
    /// A trigger that ends the item badly (every state it leads to is a terminal one the workflow counts as
    /// cancelled: Cancelled, Rejected, Refunded, Archived) or whose name is a refusing verb.
    /// </summary>
    public static bool IsDestructive(IWorkflow workflow, TriggerInfo trigger) =>
        (trigger.To.Count > 0 && trigger.To.All(s => StateCategories.Of(workflow, s) == "cancelled"))
        || RefusingVerbs.Any(v => trigger.Name.Contains(v, StringComparison.Ordinal));
}
