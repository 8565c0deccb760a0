using System.Globalization;
using System.Text;
using OpsBoard.Clients;
using OpsBoard.Collections;
using OpsBoard.Components.Kit;

namespace OpsBoard.Components.Pages.Clients;

/// <summary>A client's row as one piece of markup, kept while its text is unchanged (see <see cref="MarkupKeeper{TKey}"/>).</summary>
public sealed partial class ClientsPage
{
    private readonly MarkupKeeper<long> _drawn = new();

    private string Row(ClientSummary client)
    {
        var limit = client.LimitAmount is { } amount ? Money.Format(amount, client.LimitCurrency ?? "", CultureInfo.CurrentCulture) : "—";
        var html = new StringBuilder("<tr class=\"mud-table-row\"><td class=\"mud-table-cell clients-col-wide\">").Text(client.Code)
            .Append("</td><td class=\"mud-table-cell\"><a class=\"clients-open\"").Attr("href", $"/clients/{client.Id}")
            .Append(" data-test=\"client-link\">").Text(client.Name)
            .Append("</a></td><td class=\"mud-table-cell clients-col-wide\">").Text(client.TaxId)
            .Append("</td><td class=\"mud-table-cell\">").Append(SegmentChip.Markup(client.Segment, T))
            .Append("</td><td class=\"mud-table-cell clients-col-wide\">").Text(limit).Append("</td></tr>");
        return _drawn.Keep(client.Id, html.ToString());
    }

    protected override void OnAfterRender(bool firstRender) => _drawn.Drawn();
}
