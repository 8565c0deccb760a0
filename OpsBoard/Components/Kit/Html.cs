using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace OpsBoard.Components.Kit;

/// <summary>
/// Markup written as text, for what a page draws many times over (rows, chips, icons): one markup frame in the render
/// tree instead of a frame per element, attribute and text, in both of the trees every open page keeps.
/// Everything that comes from data goes through <see cref="Encode"/>.
/// </summary>
public static class Html
{
    // All of Unicode left as it is: Cyrillic and accented words encoded as entities would be several times longer.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);

    /// <summary>Text between tags, encoded.</summary>
    public static StringBuilder Text(this StringBuilder html, string? text) => html.Append(Encode(text));

    /// <summary>An attribute with its value encoded; nothing when the value is null.</summary>
    public static StringBuilder Attr(this StringBuilder html, string name, string? value) =>
        value is null ? html : html.Append(' ').Append(name).Append("=\"").Append(Encode(value)).Append('"');
}
