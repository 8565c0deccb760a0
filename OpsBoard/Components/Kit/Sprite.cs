using System.Text;
using MudBlazor;

namespace OpsBoard.Components.Kit;

/// <summary>
/// Icons drawn in every row of a list, written once into the page (by <c>App</c>, outside any circuit) and referred to
/// by id: a row's markup then carries a short reference instead of the icon's whole path, in every open page.
/// </summary>
public static class Sprite
{
    private static readonly Dictionary<string, string> Ids = new()
    {
        [Icons.Material.Filled.Alarm] = "icon-alarm",
        [Icons.Material.Filled.HourglassBottom] = "icon-hourglass",
        [Icons.Material.Outlined.Schedule] = "icon-schedule",
        [Icons.Material.Filled.ArrowUpward] = "icon-arrow-up",
    };

    /// <summary>The symbols, hidden, for the page's body.</summary>
    public static string Symbols { get; } = Write();

    /// <summary>The id of an icon in the page's symbols, if it is one of them.</summary>
    public static string? IdOf(string icon) => Ids.GetValueOrDefault(icon);

    private static string Write()
    {
        var html = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\" style=\"position:absolute\" aria-hidden=\"true\" focusable=\"false\">");
        foreach (var (icon, id) in Ids)
        {
            html.Append("<symbol id=\"").Append(id).Append("\" viewBox=\"0 0 24 24\">").Append(icon).Append("</symbol>");
        }
        return html.Append("</svg>").ToString();
    }
}
