using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OpsBoard.Auth;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Items;
using OpsBoard.Items.Visibility;
using OpsBoard.Live.Presence;

namespace OpsBoard.Components.Pages.Items.Presence;

/// <summary>
/// Puts the reader on the item while its page is open, and shows who else is on it and who is changing it.
/// Only someone the visibility rule lets see the item is put on it, so only they see each other.
/// </summary>
public sealed partial class PresencePanel
{
    private (long Id, int Version)? _checked;

    /// <summary>The item as the page shows it; null while loading or when the reader may not see it.</summary>
    [Parameter]
    public WorkItem? Item { get; set; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Only interactive renders get here: a prerendered page is nobody's presence.
        var now = Item is null ? ((long, int)?)null : (Item.Id, Item.Version);
        if (now == _checked || AuthenticationState is null)
        {
            return;
        }
        _checked = now;
        var user = (await AuthenticationState).User;
        var actor = user.ToActor();
        if (Item is { } item && await Runner.RunAsync<ItemAccess, bool>(a => a.CanSeeAsync(actor, item)))
        {
            Seat.Enter(item.Id, actor.UserName, user.FindFirst("display_name")?.Value ?? actor.UserName);
            Follow(item.Id);
        }
        else
        {
            // A move can take the item out of an agent's sight: they leave it, and stop seeing who is on it.
            if (Seat.ItemId is { } held)
            {
                Seat.Leave(held);
            }
            Follow(null);
        }
        StateHasChanged();
    }

    private static string Initial(Present person) =>
        person.DisplayName.Length > 0 ? char.ToUpper(person.DisplayName[0], System.Globalization.CultureInfo.CurrentCulture).ToString() : "?";

    protected override void Dispose(bool disposing)
    {
        if (_checked is { } item)
        {
            Seat.Leave(item.Id);
        }
    }
}
