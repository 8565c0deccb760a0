using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace OpsBoard.Components.Kit;

/// <summary>
/// A Material icon drawn as MudBlazor draws it (same classes, so the theme sizes and colours it), without a MudIcon
/// component: icons inside rows, links and chips would otherwise each be a component in every open page's circuit.
/// </summary>
public static class Glyph
{
    // Icons and their classes are constants of the code, so this stays small; every open page shares the strings.
    private static readonly ConcurrentDictionary<(string Icon, string Classes), string> Drawn = new();

    public static RenderFragment Of(string icon, string classes) => builder => builder.AddMarkupContent(0, Markup(icon, classes));

    /// <summary>The icon's svg element as markup.</summary>
    public static string Markup(string icon, string classes) => Drawn.GetOrAdd((icon, classes), key =>
        $"<svg class=\"mud-icon-root mud-svg-icon {Html.Encode(key.Classes)}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{Shape(key.Icon)}</svg>");

    // An icon of the page's sprite is a reference to it; any other is drawn whole.
    private static string Shape(string icon) => Sprite.IdOf(icon) is { } id ? $"<use href=\"#{id}\"/>" : icon;
}
