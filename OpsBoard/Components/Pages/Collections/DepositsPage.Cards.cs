using System.Text;
using MudBlazor;
using OpsBoard.Collections.Deposits;
using OpsBoard.Components.Kit;

namespace OpsBoard.Components.Pages.Collections;

/// <summary>
/// A deposit's card as one piece of markup, kept while its text is unchanged (see <see cref="MarkupKeeper{TKey}"/>):
/// a desk keeps this page open all day, and the match panel (a case search and a network list) exists once, for the
/// deposit being worked on, not once per card.
/// </summary>
public sealed partial class DepositsPage
{
    private static readonly string MatchIcon =
        $"<span class=\"mud-button-icon-start mud-button-icon-size-small\">{Glyph.Markup(Icons.Material.Filled.Link, "mud-icon-size-small")}</span>";

    private readonly MarkupKeeper<long> _drawn = new();

    private string Card(UnidentifiedDeposit d)
    {
        var html = new StringBuilder("<div class=\"deposit-facts\"><h2 class=\"mud-typography mud-typography-h6 deposit-amount\">").Text(Amount(d.Amount))
            .Append("</h2><span>").Text(d.Reference).Append("</span>");
        if (d.Channel is not null)
        {
            html.Append("<span class=\"deposit-muted\">").Text(d.Channel).Append("</span>");
        }
        html.Append("<span class=\"deposit-muted\">").Text($"{T["Received"]}: {Time.Format(d.ReceivedAt)}")
            .Append("</span><span class=\"deposit-muted\">").Text($"{T["MatchBy"]}: {Time.Format(d.DueAt)}").Append("</span>");
        if (d.IsBreachedAt(_now))
        {
            html.Append(ChipLook.Markup(Color.Error, Variant.Filled, T["Breached"], ("data-test", "breached")));
        }
        html.Append(SupportChip(d)).Append("</div>");
        if (d.IsMatched)
        {
            html.Append("<p class=\"mud-typography mud-typography-body2\" data-test=\"matched-to\">")
                .Text(string.Format(Culture, T["MatchedToCase"], d.MatchedItemId, d.MatchedBy, Time.Format(d.MatchedAt))).Append("</p>");
        }
        else if (d.Id != _chosen)
        {
            html.Append("<button type=\"button\" class=\"mud-button-root mud-button mud-button-outlined mud-button-outlined-primary mud-button-outlined-size-small mud-ripple\"")
                .Append(" data-action=\"choose\" data-test=\"choose\" aria-expanded=\"false\"").Attr("data-row", d.Id.ToString(Culture))
                .Append("><span class=\"mud-button-label\">").Append(MatchIcon).Text(T["MatchOpen"]).Append("</span></button>");
        }
        return _drawn.Keep(d.Id, html.ToString());
    }

    /// <summary>Who was asked for the deposit's supports and how long ago, red once late; nothing before anyone asked.</summary>
    private string SupportChip(UnidentifiedDeposit d)
    {
        if (!d.IsSupportRequested)
        {
            return "";
        }
        var late = d.IsSupportLateAt(_now);
        var text = $"{string.Format(Culture, Goals["SupportRequested"], Goals.Network(d.SupportNetwork))} · "
            + string.Format(Culture, Goals["SupportAge"], Goals.Age(_now - d.SupportRequestedAt!.Value))
            + (late ? $" · {Goals["SupportLate"]}" : "");
        return ChipLook.Markup(late ? Color.Error : Color.Info, Variant.Outlined, text,
            ("data-test", "support"), ("data-late", late ? "true" : "false"), ("title", $"{Time.Format(d.SupportRequestedAt)} · {d.SupportRequestedBy}"));
    }

    private void RowAction(RowActionEventArgs e)
    {
        if (e.KeyOf("choose") is { } id && _deposits.Any(d => d.Id == id && !d.IsMatched))
        {
            _chosen = id;
        }
    }

    private void Close() => _chosen = null;

    protected override void OnAfterRender(bool firstRender)
    {
        base.OnAfterRender(firstRender);
        _drawn.Drawn();
    }
}
