using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Api;
using OpsBoard.Components.Live;
using OpsBoard.Documents.DailyReport;
using OpsBoard.Turns;

namespace OpsBoard.Components.Pages.Items;

/// <summary>Whose turn it is: business time with the desk, the client and the broker, and the broker's deadline; read again with each version.</summary>
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

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    private string? HolderName => ItemTimesView.PartyName(_turns?.Holder);

    protected override async Task OnParametersSetAsync()
    {
        if (Version != _shownVersion)
        {
            _shownVersion = Version;
            _turns = await Runner.RunAsync<ItemTimes, ItemTurns>(t => t.ForAsync(ItemId, ItemType));
        }
    }

    private static string Hours(TimeSpan span) => PartyTable.Hours(span);
}
