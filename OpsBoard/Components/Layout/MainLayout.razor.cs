using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace OpsBoard.Components.Layout;

/// <summary>Every desk page: app bar, the navigation drawer (folded away on small screens) and MudBlazor's providers.</summary>
public partial class MainLayout
{
    // Open on wide screens; the responsive drawer closes itself below its breakpoint whatever this says.
    private bool drawerOpen = true;

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    private void ToggleDrawer() => drawerOpen = !drawerOpen;
}
