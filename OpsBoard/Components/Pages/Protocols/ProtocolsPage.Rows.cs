using System.Globalization;
using System.Text;
using MudBlazor;
using OpsBoard.Components.Kit;
using OpsBoard.Documents.Protocols;

namespace OpsBoard.Components.Pages.Protocols;

/// <summary>
/// The two lists' rows as markup kept while their text is unchanged (see <see cref="MarkupKeeper{TKey}"/>): only a tick
/// box and a sign-back button, which answer clicks, are elements of their own.
/// </summary>
public sealed partial class ProtocolsPage
{
    private readonly MarkupKeeper<(bool Sent, long Key)> _drawn = new();

    // MudLink's look: these are links to open, so they read as links.
    private const string LinkClass = " class=\"mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body2\"";

    private bool SignsBack(ProtocolSummary protocol) => protocol.SignedCopy is null && _maySend;

    private string ReadyRow(ReadyStory story)
    {
        var id = story.Id.ToString(CultureInfo.InvariantCulture);
        var html = new StringBuilder("<td data-label=\"#\" data-test=\"ready-story\"").Attr("data-id", id).Append("><a").Append(LinkClass)
            .Attr("href", $"/items/{id}").Append(">#").Append(id)
            .Append("</a></td><td").Attr("data-label", L["Client"]).Append('>').Text(story.Client)
            .Append("</td><td").Attr("data-label", L["Item"]).Append(" data-test=\"ready-title\">").Text(story.Title).Append("</td>");
        return _drawn.Keep((false, story.Id), html.ToString());
    }

    /// <summary>A protocol's cells; the last one too unless it holds the sign-back button.</summary>
    private string Row(ProtocolSummary protocol, bool signsBack)
    {
        var number = protocol.Number.ToString(CultureInfo.InvariantCulture);
        var html = new StringBuilder("<td").Attr("data-label", L["ProtocolNumberHeader"]).Attr("data-number", number)
            .Append(" data-test=\"protocol-row\"><a").Append(LinkClass).Attr("href", protocol.Pdf).Attr("download", $"protocol-{number}.pdf")
            .Append(" data-test=\"protocol-pdf\">").Append(number)
            .Append("</a></td><td").Attr("data-label", L["ProtocolDate"]).Append('>').Text(Time.Format(protocol.CreatedAt))
            .Append("</td><td").Attr("data-label", L["ProtocolStories"]).Append('>').Append(protocol.Stories.ToString(CultureInfo.CurrentCulture))
            .Append("</td><td").Attr("data-label", L["ProtocolState"]).Append('>').Append(State(protocol)).Append("</td>");
        if (!signsBack)
        {
            html.Append("<td class=\"row-actions\">");
            if (protocol.SignedCopy is { } copy)
            {
                html.Append("<a").Append(LinkClass)
                    .Attr("href", copy).Append(" data-test=\"signed-copy\">").Text(L["SignedCopy"]).Append("</a>");
            }
            html.Append("</td>");
        }
        return _drawn.Keep((true, protocol.Number), html.ToString());
    }

    private string State(ProtocolSummary protocol)
    {
        var (colour, variant, state, text) = protocol switch
        {
            { SignedBackOn: { } on } => (Color.Success, Variant.Outlined, "back", L["ProtocolBack", on.ToString("d", CultureInfo.CurrentCulture)]),
            { IsLate: true } => (Color.Error, Variant.Filled, "late", L["ProtocolLate", Time.Format(protocol.DueBackAt, "d")]),
            _ => (Color.Default, Variant.Outlined, "out", L["ProtocolOut", Time.Format(protocol.DueBackAt, "d")]),
        };
        return new StringBuilder("<span").Attr("class", ChipLook.Classes(colour, variant, ""))
            .Append(" data-test=\"protocol-state\"").Attr("data-state", state)
            .Append("><span class=\"mud-chip-content\">").Text(text).Append("</span></span>").ToString();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        base.OnAfterRender(firstRender);
        _drawn.Drawn();
    }
}
