using Microsoft.AspNetCore.Components;

namespace OpsBoard.Components.Kit;

/// <summary>
/// A Material icon drawn as MudBlazor draws it (same classes, so the theme sizes and colours it), without a MudIcon
/// component: icons inside rows, links and chips would otherwise each be a component in every open page's circuit.
/// </summary>
public static class Glyph
{
    public static RenderFragment Of(string icon, string classes) => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", $"mud-icon-root mud-svg-icon {classes}");
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddMarkupContent(5, icon);
        builder.CloseElement();
    };
}
