using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace OpsBoard.Components.Kit;

/// <summary>
/// A menu of the list tools as one component in the page's circuit: a MudMenu keeps its button, icons, popover and
/// their parameter state in every open page even while closed. Menus inherit this and draw <see cref="Menu"/>.
/// </summary>
public abstract partial class LightMenu
{
    private readonly string _listId = "menu-" + Guid.NewGuid().ToString("N")[..8];
    private ElementReference _button;
    private ElementReference _list;
    private bool _focusList;

    protected bool IsOpen { get; private set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The keyboard goes into the open list, so Tab walks its items and Escape is heard there.
        if (_focusList)
        {
            _focusList = false;
            await _list.FocusAsync();
        }
    }

    private async Task ToggleAsync()
    {
        if (!IsOpen)
        {
            await OpeningAsync();
        }
        IsOpen = !IsOpen;
        _focusList = IsOpen;
    }

    /// <summary>Reads what the open list shows, just before it opens: nothing is read while nobody looks.</summary>
    protected virtual Task OpeningAsync() => Task.CompletedTask;

    protected void Close() => IsOpen = false;

    private async Task KeyAsync(KeyboardEventArgs e)
    {
        if (IsOpen && e.Key == "Escape")
        {
            IsOpen = false;
            await _button.FocusAsync();
        }
    }
}
