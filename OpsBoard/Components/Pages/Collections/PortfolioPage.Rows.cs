using System.Text;
using MudBlazor;
using OpsBoard.Collections;
using OpsBoard.Components.Kit;

namespace OpsBoard.Components.Pages.Collections;

/// <summary>
/// A case's row as one piece of markup, kept while its text is unchanged (see <see cref="MarkupKeeper{TKey}"/>). Its
/// log-call button reaches the page through the list's one row-action handler; a lead's tick box, which keeps focus
/// while ticking down the list, is an element of its own.
/// </summary>
public sealed partial class PortfolioPage
{
    private static readonly string PhoneIcon =
        $"<span class=\"mud-button-icon-start mud-button-icon-size-small\">{Glyph.Markup(Icons.Material.Filled.Phone, "mud-icon-size-small")}</span>";

    private readonly MarkupKeeper<long> _drawn = new();

    /// <summary>The sortable columns, by the names the portfolio sorts on; the agent's only when a lead reads the whole desk.</summary>
    private IEnumerable<(string Key, string Title, string Classes)> Columns =>
    [
        (nameof(PortfolioCase.Client), T["Client"], ""),
        .. _isLead && _agent == WholeDesk ? [(nameof(PortfolioCase.Assignee), T["Agent"].Value, "col-wide")] : Array.Empty<(string, string, string)>(),
        (nameof(PortfolioCase.State), T["State"], "col-wide"),
        (nameof(PortfolioCase.AmountDue), T["AmountDue"], "col-number"),
        (nameof(PortfolioCase.DaysOverdue), T["DaysOverdue"], "col-number col-wide"),
        (nameof(PortfolioCase.LastCallAt), T["LastCall"], "col-wide"),
        (nameof(PortfolioCase.Calls), T["Calls"], "col-number col-wide"),
    ];

    /// <summary>An agent's row, whole; a lead's row is the cells after the tick.</summary>
    private string Row(PortfolioCase c, bool whole)
    {
        var html = new StringBuilder(whole ? $"<tr class=\"{(c.Id == _next ? "mud-table-row next-row" : "mud-table-row")}\">" : "");
        html.Append("<td class=\"mud-table-cell\"><a").Attr("href", $"/items/{c.Id}").Attr("data-key", c.Id.ToString(Culture))
            .Append('>').Text(c.Client).Append("</a>");
        if (c.Id == _next)
        {
            html.Append(' ').Append(Chip(Color.Primary, T["NextToCall"], "next"));
        }
        html.Append("</td>");
        if (_isLead && _agent == WholeDesk)
        {
            html.Append("<td class=\"mud-table-cell col-wide\">").Text(c.Assignee).Append("</td>");
        }
        html.Append("<td class=\"mud-table-cell col-wide\">").Append(Badges.StateMarkup(c.State, "collection"))
            .Append("</td><td class=\"mud-table-cell col-number\"><span data-test=\"amount-due\">").Text(Amount(c.AmountDue))
            .Append("</span></td><td class=\"mud-table-cell col-number col-wide\">").Text(Money.Whole(c.DaysOverdue, Culture))
            .Append("</td><td class=\"mud-table-cell col-wide\">").Text(c.LastCallAt is { } at ? Time.Format(at) : T["Never"]);
        if (c.LastOutcome is { } outcome)
        {
            html.Append("<span class=\"mud-typography mud-typography-caption d-block\">").Text(T[$"Outcome_{outcome}"]).Append("</span>");
        }
        html.Append("</td><td class=\"mud-table-cell col-number col-wide\"><span data-test=\"case-calls\">").Append(c.Calls.ToString(Culture))
            .Append("</span></td><td class=\"mud-table-cell\"><div class=\"next-action\">").Append(NextMarkup(c))
            .Append("<button type=\"button\" class=\"mud-button-root mud-button mud-button-filled mud-button-filled-primary mud-button-filled-size-small mud-ripple\"")
            .Append(" data-action=\"call\" data-test=\"log-call\"").Attr("data-row", c.Id.ToString(Culture))
            .Append("><span class=\"mud-button-label\">").Append(PhoneIcon).Append("<span class=\"log-call-label\">").Text(T["LogCall"])
            .Append("</span></span></button></div></td>").Append(whole ? "</tr>" : "");
        return _drawn.Keep(c.Id, html.ToString());
    }

    /// <summary>The promise or installment due next, marked when it is today; nothing for a case with neither.</summary>
    private string NextMarkup(PortfolioCase c)
    {
        if (NextDue(c) is not { } due)
        {
            return "";
        }
        var html = new StringBuilder("<span").Attr("class", due.Today ? "due-today" : null).Attr("data-test", c.Plan is null ? "promise" : "plan")
            .Append('>').Text(due.Text).Append("</span>");
        return (due.Today ? html.Append(Chip(Color.Warning, T["DueToday"], null)) : html).ToString();
    }

    private void RowAction(RowActionEventArgs e)
    {
        if (e.KeyOf("call") is { } id && _rows.FirstOrDefault(c => c.Id == id) is { } calling)
        {
            Open(calling);
        }
    }

    private string PaceMarkup(Pace pace) => Chip(PaceColor(pace), T[$"Pace_{pace}"], null);

    private static string Chip(Color colour, string text, string? test) => ChipLook.Markup(colour, Variant.Filled, text, ("data-test", test));

    protected override void OnAfterRender(bool firstRender)
    {
        base.OnAfterRender(firstRender);
        _drawn.Drawn();
    }
}
