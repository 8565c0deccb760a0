using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Localization;

namespace OpsBoard.Components.Layout;

/// <summary>Every desk page: app bar, the navigation drawer (folded away on small screens) and MudBlazor's providers.</summary>
public sealed partial class MainLayout : IDisposable
{
    // The button turns the drawer from what suits the screen (beside the page on wide ones, away on phones) to the
    // other; the server does not know the width, so the CSS reads this against the breakpoint.
    private bool _navToggled;
    private bool _ready;
    private string? _userName;

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required AntiforgeryStateProvider Antiforgery { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override void OnInitialized() => Navigation.LocationChanged += Moved;

    protected override async Task OnParametersSetAsync()
    {
        var user = AuthenticationState is null ? null : (await AuthenticationState).User;
        _userName = user?.Identity?.IsAuthenticated == true ? user.Identity.Name : null;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _ready = true;
            StateHasChanged();
        }
    }

    private void ToggleNav() => _navToggled = !_navToggled;

    // A phone's drawer lies over the page: a link followed from it closes it.
    private void Moved(object? sender, LocationChangedEventArgs e)
    {
        if (_navToggled)
        {
            _navToggled = false;
            _ = InvokeAsync(StateHasChanged);
        }
    }

    public void Dispose() => Navigation.LocationChanged -= Moved;
}
