using System.Globalization;
using System.Text;
using MudBlazor;
using OpsBoard.Components.Kit;
using OpsBoard.Items;

namespace OpsBoard.Components.Pages.Queues;

/// <summary>
/// A row's cells as one piece of markup. Drawn as elements, a page of 25 rows was over a thousand frames in each of
/// the two render trees an open page keeps; as markup it is one frame per row. A row whose text is the same as at
/// the last render keeps the same string, so both trees share it.
/// </summary>
public sealed partial class QueueTable
{
    private Dictionary<long, string> _drawn = [];

    private string Cells(ItemSummary row)
    {
        var html = new StringBuilder();
        html.Append("<td class=\"mud-table-cell queue-col-wide\">").Append(row.Id.ToString(CultureInfo.InvariantCulture)).Append("</td>")
            .Append("<td class=\"mud-table-cell\"><a")
            .Attr("href", $"/items/{row.Id}?from={From}")
            .Attr("class", Lead ? null : "queue-open")
            .Attr("data-key", row.Id.ToString(CultureInfo.InvariantCulture))
            .Append(" data-shortcut=\"row\">").Text(row.Title).Append("</a>");
        if (Tiers.IsPriority(row.ClientId))
        {
            html.Append("<span").Attr("class", ChipLook.Classes(Color.Secondary, Variant.Outlined, "ml-1"))
                .Append(" data-test=\"row-priority\"><span class=\"mud-chip-content\">").Text(L["PriorityClient"]).Append("</span></span>");
        }
        html.Append("</td><td class=\"mud-table-cell\">").Append(Badges.StateMarkup(row.State, row.Type))
            .Append("</td><td class=\"mud-table-cell queue-col-wide\">").Text(row.Assignee)
            .Append("</td><td class=\"mud-table-cell\">").Append(Badges.SlaMarkup(row.SlaDueAt, row.SlaStatus.ToApiName())).Append("</td>");
        var cells = html.ToString();
        return _drawn.TryGetValue(row.Id, out var before) && before == cells ? before : _drawn[row.Id] = cells;
    }

    // Only the rows on screen are worth keeping for the next render.
    private void ForgetRowsOffScreen() =>
        _drawn = _drawn.Where(d => _rows.Any(r => r.Id == d.Key)).ToDictionary(d => d.Key, d => d.Value);
}
