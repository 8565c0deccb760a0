using Microsoft.AspNetCore.Components;

namespace OpsBoard.Components.Kit;

/// <summary>
/// A click inside a list's rows, told apart by the button it landed on (js/rowactions.js): rows stay one piece of
/// markup each, and the list has one handler, on its body, for all of them. Empty when the click hit no action.
/// </summary>
public sealed class RowActionEventArgs : EventArgs
{
    public string Action { get; set; } = "";

    public string Key { get; set; } = "";

    /// <summary>The row's id when the click hit the named action.</summary>
    public long? KeyOf(string action) =>
        Action == action && long.TryParse(Key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var key) ? key : null;
}

/// <summary>The <c>@onrowaction</c> attribute. Razor looks for event attributes only on classes of this name.</summary>
[EventHandler("onrowaction", typeof(RowActionEventArgs), enableStopPropagation: true, enablePreventDefault: true)]
public static class EventHandlers
{
}
