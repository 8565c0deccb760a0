using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Queues;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Items.Visibility;

/// <summary>What the rule says about one trigger on one item for one person.</summary>
public enum FireAccess
{
    Granted,

    /// <summary>The item is not theirs to see: answered as if it did not exist.</summary>
    Hidden,

    /// <summary>They see the item, but the trigger is not for their role.</summary>
    RoleNotAllowed,
}

/// <summary>
/// The one rule of who sees which item and who may fire which trigger on it, used by the API, the
/// hub, the pages, file downloads and lists alike. Leads, managers and admins see every item; an
/// agent sees what <see cref="ItemReach"/> gives them. A trigger may be fired by whoever sees the
/// item and holds one of the trigger's roles, so an agent moves only what they may see.
/// </summary>
public sealed class ItemAccess(OpsBoardDbContext db, QueueCatalog queues)
{
    private static readonly IReadOnlyList<string> DeskTypes = ItemReaches.Types(ItemReach.Desk);
    private static readonly IReadOnlyList<string> DossierTypes = ItemReaches.Types(ItemReach.Dossier);

    /// <summary>Those who watch the whole team's work.</summary>
    public static bool SeesEverything(Actor actor) => actor.IsInAnyRole([Roles.Lead, Roles.Manager, Roles.Admin]);

    public async Task<bool> CanSeeAsync(Actor actor, WorkItem item, CancellationToken ct = default)
    {
        if (SeesEverything(actor) || (item.Assignee is not null && item.Assignee == actor.UserName))
        {
            return true;
        }
        return ItemReaches.Of(item.Type) switch
        {
            ItemReach.Desk => actor.IsInAnyRole(Roles.All),
            ItemReach.Dossier => actor.IsInAnyRole(Roles.Areas) || await WorkedOnAsync(actor, item, ct),
            _ => item.Assignee is null
                && ((item.QueueKey is { } queue && QueuesOf(actor).Contains(queue)) || await WorkedOnAsync(actor, item, ct)),
        };
    }

    /// <summary>The same rule as <see cref="CanSeeAsync"/>, as a query the database answers, for lists, queues and searches.</summary>
    public IQueryable<WorkItem> Filter(IQueryable<WorkItem> items, Actor actor)
    {
        if (SeesEverything(actor))
        {
            return items;
        }
        var name = actor.UserName;
        var desk = actor.IsInAnyRole(Roles.All);
        var area = actor.IsInAnyRole(Roles.Areas);
        var queueKeys = QueuesOf(actor);
        var history = db.History;
        return items.Where(i => i.Assignee == name
            || (DeskTypes.Contains(i.Type) && desk)
            || (DossierTypes.Contains(i.Type) && (area || history.Any(h => h.ItemId == i.Id && h.Actor == name)))
            || (!DeskTypes.Contains(i.Type) && !DossierTypes.Contains(i.Type) && i.Assignee == null
                && (queueKeys.Contains(i.QueueKey!) || history.Any(h => h.ItemId == i.Id && h.Actor == name))));
    }

    /// <summary>Whether the actor may fire the trigger on the item: they must see it and hold one of the trigger's roles.</summary>
    public async Task<FireAccess> ToFireAsync(Actor actor, WorkItem item, IWorkflow workflow, string? trigger, CancellationToken ct = default)
    {
        if (!await CanSeeAsync(actor, item, ct))
        {
            return FireAccess.Hidden;
        }
        // An unknown trigger is the state machine's to name; a known one is refused here, from any state, for the wrong role.
        var info = workflow.Triggers.FirstOrDefault(t => string.Equals(t.Name, trigger, StringComparison.OrdinalIgnoreCase));
        return info is null || actor.IsInAnyRole(info.Roles) ? FireAccess.Granted : FireAccess.RoleNotAllowed;
    }

    /// <summary>Whose portfolio (an agent's collection cases) the actor may open: their own, or anyone's when they see everything.</summary>
    public static bool MayOpenPortfolioOf(Actor actor, string agent) => agent == actor.UserName || SeesEverything(actor);

    // Finished work leaves its queue and its assignee: the agent who did it still finds it.
    private Task<bool> WorkedOnAsync(Actor actor, WorkItem item, CancellationToken ct) =>
        db.History.AnyAsync(h => h.ItemId == item.Id && h.Actor == actor.UserName, ct);

    private List<string> QueuesOf(Actor actor) => [.. queues.VisibleTo(actor).Select(q => q.Key)];
}
