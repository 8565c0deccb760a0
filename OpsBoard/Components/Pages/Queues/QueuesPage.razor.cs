using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using OpsBoard.Auth;
using OpsBoard.Board;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Queues;
using OpsBoard.Items;

namespace OpsBoard.Components.Pages.Queues;

/// <summary>An agent's queues with live counts, the selected queue's items, and "take next".</summary>
public sealed partial class QueuesPage
{
    private IReadOnlyList<QueueTile> _tiles = [];
    private IReadOnlyList<ItemSummary> _items = [];
    private QueueDefinition? _selected;
    private Actor _actor = Actor.Of("anonymous");
    private bool _taking;
    private bool _empty;

    [Parameter]
    public string? QueueKey { get; set; }

    [Inject]
    public required BoardProjection Board { get; init; }

    [Inject]
    public required QueueCatalog QueueCatalog { get; init; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [Inject]
    public required IStringLocalizer<WorkflowText> Words { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        _actor = (await AuthenticationState).User.ToActor();
        var visible = QueueCatalog.VisibleTo(_actor).ToList();
        _selected = visible.FirstOrDefault(q => q.Key == QueueKey) ?? visible.FirstOrDefault();
        _empty = false;
        await RefreshAsync();
    }

    protected override async Task RefreshAsync()
    {
        var visible = QueueCatalog.VisibleTo(_actor).Select(q => q.Key).ToHashSet();
        _tiles = Board.Snapshot().Queues.Where(t => visible.Contains(t.Key)).ToList();
        if (_selected is { } queue)
        {
            var page = await Runner.RunAsync<ItemQueries, ItemPage>(q => q.ListAsync(new ItemFilter(Queue: queue.Key, PageSize: 500)));
            _items = page.Items;
        }
    }

    private async Task TakeNextAsync()
    {
        if (_selected is not { } queue)
        {
            return;
        }
        _taking = true;
        var item = await Runner.RunAsync<TakeNextHandler, Domain.Items.WorkItem?>(c => c.HandleAsync(_actor, new TakeNextCommand(queue)));
        _taking = false;
        if (item is null)
        {
            _empty = true;
            return;
        }
        Navigation.NavigateTo($"/items/{item.Id}");
    }
}
