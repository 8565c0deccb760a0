using Microsoft.Extensions.Localization;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Components.Pages.Items;

/// <summary>A trigger of the item's state as the page shows it: enabled, or disabled with the reason.</summary>
public sealed record TriggerButton(string Trigger, bool Enabled, string? Why)
{
    public static IReadOnlyList<TriggerButton> For(IWorkflow workflow, WorkItem item, Actor actor, DateTimeOffset now, IStringLocalizer localizer)
    {
        var available = workflow.PermittedTriggers(item.State, new TransitionContext(actor, item.Fields, new Dictionary<string, object?>(), now))
            .ToDictionary(t => t.Trigger);
        return workflow.Triggers.Where(t => t.From.Contains(item.State)).Select(t => available.TryGetValue(t.Name, out var a)
                ? new TriggerButton(t.Name, a.CanFire, a.CanFire ? null : string.Join(" ", a.BlockedBy.Select(b => b.Text)))
                : new TriggerButton(t.Name, false, $"{localizer["NeedsRole"]}: {string.Join(", ", t.Roles)}"))
            .ToList();
    }
}
