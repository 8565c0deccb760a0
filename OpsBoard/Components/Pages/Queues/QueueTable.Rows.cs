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
    private readonly MarkupKeeper<long> _drawn = new();

    /// <summary>An agent's row, whole; a Lead's row is the cells after the tick, which needs its own element.</summary>
    private string Row(ItemSummary row, bool whole)
    {
        var html = new StringBuilder(whole ? "<tr class=\"mud-table-row\">" : "");
        html.Append("<td class=\"mud-table-cell queue-col-wide\">").Append(row.Id.ToString(CultureInfo.InvariantCulture)).Append("</td>")
            .Append("<td class=\"mud-table-cell\"><a")
            .Attr("href", Href?.Invoke(row) ?? $"/items/{row.Id}?from={From}")
            .Attr("class", Lead ? null : "queue-open")
            .Attr("data-key", row.Id.ToString(CultureInfo.InvariantCulture))
            .Append(" data-shortcut=\"row\">").Text(row.Title).Append("</a>");
        if (Tiers.IsPriority(row.ClientId))
        {
            html.Append("<span").Attr("class", ChipLook.Classes(Color.Secondary, Variant.Outlined, "ml-1"))
                .Append(" data-test=\"row-priority\"><span class=\"mud-chip-content\">").Text(L["PriorityClient"]).Append("</span></span>");
        }
        html.Append("</td><td class=\"mud-table-cell\">").Append(Badges.StateMarkup(row.State, row.Type));
        if (ShowAssignee)
        {
            html.Append("</td><td class=\"mud-table-cell queue-col-wide\">").Text(row.Assignee);
        }
        html.Append("</td><td class=\"mud-table-cell\">").Append(Badges.SlaMarkup(row.SlaDueAt, row.SlaStatus.ToApiName())).Append("</td>")
            .Append(whole ? "</tr>" : "");
        return _drawn.Keep(row.Id, html.ToString());
    }

    protected override void OnAfterRender(bool firstRender) => _drawn.Drawn();
}
