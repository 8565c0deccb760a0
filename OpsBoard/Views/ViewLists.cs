using OpsBoard.Domain.Engine;

namespace OpsBoard.Views;

/// <summary>One list a view can be saved for: the filters it takes, what it sorts by and who may open it.</summary>
public sealed record ViewList(string Key, IReadOnlyList<string> Filters, IReadOnlyList<string> Sorts, IReadOnlyList<string> Roles);

/// <summary>The lists whose filters and order can be saved, with the same filter names as their API and export.</summary>
public static class ViewLists
{
    public const int NameLength = 80;
    public const int ValueLength = 200;

    private static readonly string[] ItemFilters = ["type", "state", "assignee", "queue", "q"];
    private static readonly string[] ItemSorts = ["due", "title", "state", "assignee", "id"];

    public static IReadOnlyList<ViewList> All { get; } =
    [
        new("queues", ItemFilters, ItemSorts, Domain.Roles.All),
        new("items", ItemFilters, ItemSorts, Domain.Roles.All),
        // The portfolio's filters and columns are the page's and its export's (PortfolioFilter, PortfolioCase).
        new("portfolio", ["agent", "state", "minDaysOverdue", "minAmount", "contactedBefore", "q"],
            ["due", "client", "amount", "id"], Domain.Roles.All),
        new("clients", ["q", "segment"], ["name", "code"], Domain.Roles.All),
        // A client's own list of work: the desk it is narrowed to, the same for whichever client's page it is opened on.
        new("client-items", ["type"], ItemSorts, Domain.Roles.All),
        new("deposits", ["status", "q"], ["receivedAt", "amount", "id"], Domain.Roles.All),
        new("protocols", ["status"], ["number", "sentAt"], Domain.Roles.All),
    ];

    public static ViewList? Find(string? key) => All.FirstOrDefault(l => string.Equals(l.Key, key, StringComparison.Ordinal));

    public static bool MayOpen(this ViewList list, Actor actor) => actor.IsInAnyRole(list.Roles);
}
