using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Board;
using OpsBoard.Components.Kit;

namespace OpsBoard.Components.Pages.Wallboard;

/// <summary>Today's moves and items done per agent, busiest first, a row of markup each kept while unchanged.</summary>
public sealed partial class AgentsTable
{
    // A TV cannot scroll: the busiest agents get the rows there is room for.
    private const int MaxRows = 8;

    private readonly MarkupKeeper<string> _drawn = new();

    [Parameter, EditorRequired]
    public IReadOnlyList<AgentToday> Agents { get; set; } = [];

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    private string Row(AgentToday agent) => _drawn.Keep(agent.UserName, new StringBuilder("<tr").Attr("data-agent", agent.UserName)
        .Append("><th scope=\"row\">").Text(agent.UserName)
        .Append("</th><td class=\"wb-num\" data-test=\"agent-transitions\">").Append(agent.Transitions.ToString("N0", CultureInfo.CurrentCulture))
        .Append("</td><td class=\"wb-num\" data-test=\"agent-done\">").Append(agent.Done.ToString("N0", CultureInfo.CurrentCulture))
        .Append("</td></tr>").ToString());

    protected override void OnAfterRender(bool firstRender) => _drawn.Drawn();
}
