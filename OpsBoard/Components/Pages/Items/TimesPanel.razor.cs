using Microsoft.AspNetCore.Components;
using OpsBoard.Components.Live;
using OpsBoard.Turns;

namespace OpsBoard.Components.Pages.Items;

/// <summary>Reads the item's times by party again with each version the page shows: a move changes whose turn it is.</summary>
public sealed partial class TimesPanel
{
    private ItemTurns? _turns;
    private int _shownVersion = -1;

    [Parameter, EditorRequired]
    public long ItemId { get; set; }

    [Parameter, EditorRequired]
    public string ItemType { get; set; } = string.Empty;

    [Parameter]
    public int Version { get; set; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        if (Version != _shownVersion)
        {
            _shownVersion = Version;
            _turns = await Runner.RunAsync<ItemTimes, ItemTurns>(t => t.ForAsync(ItemId, ItemType));
        }
    }
}
