using System.Globalization;
using System.Text;
using MudBlazor;
using OpsBoard.Board;
using OpsBoard.Components.Kit;

namespace OpsBoard.Components.Pages.Queues;

/// <summary>
/// The queue list and the phone's picker as markup: on every agent's screen all day, as elements they were a few hundred
/// frames in each of the page's two render trees. An entry unchanged since the last render keeps its string.
/// </summary>
public sealed partial class QueuesPage
{
    private static readonly string MineIcon = Glyph.Markup(Icons.Material.Filled.Person, "mud-icon-size-medium");

    private readonly MarkupKeeper<string> _drawn = new();

    protected override void OnAfterRender(bool firstRender)
    {
        base.OnAfterRender(firstRender);
        _drawn.Drawn();
    }

    private string MineLink() => _drawn.Keep(Mine, new StringBuilder("<a").Attr("class", LinkClass(Mine) + " queue-mine")
        .Attr("href", $"/queues/{Mine}").Attr("data-queue", Mine).Attr("aria-current", Current(Mine))
        .Append("><div class=\"mud-list-item-icon\">").Append(MineIcon)
        .Append("</div><div class=\"mud-list-item-text\"><p class=\"mud-typography mud-typography-body2\">").Text(L["MyItems"])
        .Append("</p></div></a>").ToString());

    private string TileLink(QueueTile tile)
    {
        var html = new StringBuilder("<a").Attr("class", LinkClass(tile.Key)).Attr("href", $"/queues/{tile.Key}")
            .Attr("data-queue", tile.Key).Attr("aria-current", Current(tile.Key))
            .Append("><div class=\"mud-list-item-text queue-row\"><span class=\"queue-name mud-typography-body2\">")
            .Text(Words.Queue(tile.Key, tile.Name)).Append("</span>");
        if (tile.Breached > 0)
        {
            Count(html, Color.Error, Variant.Filled, "queue-breached", tile.Breached.ToString(CultureInfo.CurrentCulture), L["BreachedCount", tile.Breached]);
        }
        if (tile.Priority > 0)
        {
            Count(html, Color.Secondary, Variant.Outlined, "queue-priority", $"★ {tile.Priority}", L["PriorityCount", tile.Priority]);
        }
        Count(html, Color.Default, Variant.Outlined, "queue-count", tile.Open.ToString(CultureInfo.CurrentCulture), L["OpenCount", tile.Open]);
        return _drawn.Keep(tile.Key, html.Append("</div></a>").ToString());
    }

    /// <summary>The phone's picker: every queue with its open count, and the reader's own items.</summary>
    private string PickerOptions()
    {
        var html = new StringBuilder();
        foreach (var tile in _tiles)
        {
            Option(html, tile.Key, $"{Words.Queue(tile.Key, tile.Name)} ({tile.Open})");
        }
        Option(html, Mine, L["MyItems"]);
        return _drawn.Keep("picker:", html.ToString());
    }

    private void Option(StringBuilder html, string key, string text) =>
        html.Append("<option").Attr("value", key).Attr("selected", key == SelectedKey ? "" : null).Append('>').Text(text).Append("</option>");

    // A count chip: the number for the eye, the sentence for a screen reader and the tooltip.
    private static void Count(StringBuilder html, Color colour, Variant variant, string test, string number, string sentence) =>
        html.Append("<span").Attr("class", ChipLook.Classes(colour, variant, "")).Attr("data-test", test).Attr("title", sentence)
            .Append("><span class=\"mud-chip-content\" aria-hidden=\"true\">").Text(number)
            .Append("</span><span class=\"sr-only\">").Text(sentence).Append("</span></span>");
}
