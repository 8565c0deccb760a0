using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Documents.DailyReport;
using OpsBoard.Turns;

namespace OpsBoard.Components.Pages.Items;

/// <summary>Whose turn it is: business time with the desk, the client and the broker, and the broker's deadline.</summary>
public sealed partial class TimesView
{
    [Parameter]
    public ItemTurns? Turns { get; set; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    private string? HolderName => Turns?.Holder.ToApiName();

    private static string Hours(TimeSpan span) => PartyTable.Hours(span);
}
