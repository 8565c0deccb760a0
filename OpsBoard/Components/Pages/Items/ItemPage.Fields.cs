using System.Text;
using OpsBoard.Components.Kit;

namespace OpsBoard.Components.Pages.Items;

/// <summary>The item's fields as one piece of markup, in the workflow's order, each value read in the reader's language.</summary>
public sealed partial class ItemPage
{
    private string FieldRows()
    {
        var html = new StringBuilder();
        foreach (var field in _workflow!.Fields.Where(f => _item!.Fields.ContainsKey(f.Name)))
        {
            html.Append("<tr><th scope=\"row\">").Text(Words.Field(field.Name)).Append("</th><td").Attr("data-field", field.Name).Append('>')
                .Text(_format.Format(field, _item!.Fields[field.Name])).Append("</td></tr>");
        }
        return html.ToString();
    }
}
