using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Queues;
using OpsBoard.Items;

namespace OpsBoard.Components.Pages.Items;

/// <summary>
/// The items before and after this one in the list the agent opened it from (<c>?from=</c> a queue's key, or <c>mine</c>),
/// or else in the item's own queue, in the lists' default order, so j and k walk a list without going back to it.
/// </summary>
public sealed partial class ItemNeighbours
{
    public const string Mine = "mine";

    /// <summary>How far into a list its neighbours are looked for: beyond this, an agent goes back to the list.</summary>
    private const int Reach = 2000;

    private string? _from;
    private long? _previous;
    private long? _next;

    [Parameter, EditorRequired]
    public WorkItem Item { get; set; } = null!;

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = Actor.Of("anonymous");

    [Parameter]
    public string? From { get; set; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required QueueCatalog Queues { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        _from = ListOf(From) ?? ListOf(Item.QueueKey) ?? Mine;
        var filter = _from == Mine ? new ItemFilter(Assignee: Actor.UserName, OpenOnly: true) : new ItemFilter(Queue: _from);
        var actor = Actor;
        var ids = await Runner.RunAsync<ItemQueries, List<long>>(q =>
            ItemSort.Default.Apply(q.Filtered(filter, actor)).Select(i => i.Id).Take(Reach).ToListAsync());
        var at = ids.IndexOf(Item.Id);
        _previous = at > 0 ? ids[at - 1] : null;
        _next = at >= 0 && at < ids.Count - 1 ? ids[at + 1] : null;
    }

    /// <summary>A list this agent may open: their own items, or a queue their roles work.</summary>
    private string? ListOf(string? key) =>
        key == Mine || (key is not null && Queues.Find(key) is { } queue && Actor.IsInAnyRole(queue.Roles)) ? key : null;

    private string Address(long id) => $"/items/{id}?from={Uri.EscapeDataString(_from ?? Mine)}";
}
