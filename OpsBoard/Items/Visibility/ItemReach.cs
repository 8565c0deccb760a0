using OpsBoard.Domain.Workflows.Claims;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Domain.Workflows.Operations;
using OpsBoard.Domain.Workflows.Orders;
using OpsBoard.Domain.Workflows.Stories;

namespace OpsBoard.Items.Visibility;

/// <summary>How far an agent's sight reaches into one workflow's items; leads, managers and admins see every item.</summary>
public enum ItemReach
{
    /// <summary>The desk works the items together: every agent sees them all (operations, stories, claims).</summary>
    Desk,

    /// <summary>
    /// Each item is one agent's (collection cases): its assignee sees it; an unassigned one is seen by the agents of its
    /// queue, who may take it, and by the agents who worked on it; nobody else's.
    /// </summary>
    Owner,

    /// <summary>A client's file: the areas it goes to, its assignee and the agents who worked on it (onboarding dossiers).</summary>
    Dossier,
}

public static class ItemReaches
{
    private static readonly Dictionary<string, ItemReach> ByType = new(StringComparer.OrdinalIgnoreCase)
    {
        [OperationWorkflow.Type] = ItemReach.Desk,
        [StoryWorkflow.Type] = ItemReach.Desk,
        [ClaimWorkflow.Type] = ItemReach.Desk,
        [CollectionWorkflow.Type] = ItemReach.Owner,
        [OnboardingWorkflow.Type] = ItemReach.Dossier,
        // The order desk works orders together, as the claims about them.
        [OrderWorkflow.Type] = ItemReach.Desk,
    };

    /// <summary>A workflow nobody placed here is owner-bound: a new kind of item is private until someone decides otherwise.</summary>
    public static ItemReach Of(string type) => ByType.GetValueOrDefault(type, ItemReach.Owner);

    /// <summary>The workflow types of one reach, as stored (lower case), for queries.</summary>
    public static IReadOnlyList<string> Types(ItemReach reach) => [.. ByType.Where(p => p.Value == reach).Select(p => p.Key)];
}
