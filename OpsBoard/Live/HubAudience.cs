using OpsBoard.Domain.Engine;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Live;

/// <summary>
/// The visibility rule on the hub's shared topics (<c>board</c>, <c>queue:{key}</c>): a subscriber joins one group per way
/// they may see items, and a change goes only to the groups that may see its item, so nobody hears of another agent's case
/// or of a dossier outside their areas. Those who see an item only because they worked on it once are not followed here;
/// they read it on request, as REST answers them.
/// </summary>
public static class HubAudience
{
    public static IReadOnlyList<string> GroupsOf(string topic, Actor actor, IEnumerable<string> poolQueues)
    {
        if (ItemAccess.SeesEverything(actor))
        {
            return [$"{topic}|all"];
        }
        var groups = new List<string> { $"{topic}|user:{actor.UserName}" };
        if (actor.IsInAnyRole(Roles.All))
        {
            groups.Add($"{topic}|desk");
        }
        if (actor.IsInAnyRole(Roles.Areas))
        {
            groups.Add($"{topic}|areas");
        }
        groups.AddRange(poolQueues.Select(q => $"{topic}|pool:{q}"));
        return groups;
    }

    public static IEnumerable<string> GroupsFor(string topic, ItemChanged change)
    {
        yield return $"{topic}|all";
        yield return $"{topic}|user:{change.Actor}";
        if (change.Assignee is { } assignee)
        {
            yield return $"{topic}|user:{assignee}";
        }
        switch (ItemReaches.Of(change.Type))
        {
            case ItemReach.Desk:
                yield return $"{topic}|desk";
                break;
            case ItemReach.Dossier:
                yield return $"{topic}|areas";
                break;
            default:
                // An owner-bound item is the pool's while nobody holds it: the queue it left and the one it entered.
                if (change.Assignee is null)
                {
                    foreach (var queue in new[] { change.FromQueue, change.ToQueue }.OfType<string>().Distinct())
                    {
                        yield return $"{topic}|pool:{queue}";
                    }
                }
                break;
        }
    }
}
