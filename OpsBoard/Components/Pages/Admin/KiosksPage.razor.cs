using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using OpsBoard.Admin.Kiosks;
using OpsBoard.Auth;
using OpsBoard.Components.Live;

namespace OpsBoard.Components.Pages.Admin;

/// <summary>Where Admins register wallboard TVs, get each one's sign-in link once, and revoke them.</summary>
public sealed partial class KiosksPage
{
    private IReadOnlyList<KioskView> _kiosks = [];
    private string? _name;
    private string? _error;
    private string? _link;

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IStringLocalizer<PeopleText> T { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() => _kiosks = await Runner.RunAsync<KioskService, IReadOnlyList<KioskView>>(k => k.ListAsync());

    private async Task RegisterAsync()
    {
        var actor = await ActorAsync();
        var (registered, error) = await Runner.RunAsync<KioskService, (KioskRegistered?, string?)>(k => k.RegisterAsync(actor, _name));
        _error = error;
        if (registered is not null)
        {
            _link = Navigation.ToAbsoluteUri(registered.Link).ToString();
            _name = null;
        }
        await LoadAsync();
    }

    private async Task RevokeAsync(long id)
    {
        var actor = await ActorAsync();
        await Runner.RunAsync<KioskService, bool>(k => k.RevokeAsync(actor, id));
        _link = null;
        await LoadAsync();
    }

    private async Task<string> ActorAsync() => (await AuthenticationState).User.Identity?.Name ?? "anonymous";
}
