using System.Text;
using MudBlazor;

namespace OpsBoard.Components.Kit;

/// <summary>
/// MudBlazor's chip look (its own classes, so its theme colours and sizes) for chips nobody clicks. A grid draws
/// two per row; as MudChip components each brings its state, its key handler and its render tree into every
/// open page's circuit, which a page of fifty rows times twenty agents pays for in server memory and push time.
/// </summary>
public static class ChipLook
{
    public static string Classes(Color color, Variant variant, string extra) =>
        $"mud-chip mud-chip-{VariantName(variant)} mud-chip-size-small mud-chip-color-{color.ToString().ToLowerInvariant()} {extra}";

    /// <summary>A small chip as markup, its text and attribute values encoded; attributes with no value are left out.</summary>
    public static string Markup(Color color, Variant variant, string text, params (string Name, string? Value)[] attributes)
    {
        var html = new StringBuilder("<span").Attr("class", Classes(color, variant, "").TrimEnd());
        foreach (var (name, value) in attributes)
        {
            html.Attr(name, value);
        }
        return html.Append("><span class=\"mud-chip-content\">").Text(text).Append("</span></span>").ToString();
    }

    private static string VariantName(Variant variant) => variant switch
    {
        Variant.Filled => "filled",
        Variant.Outlined => "outlined",
        _ => "text",
    };
}
