using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Board;
using OpsBoard.Components.Kit;

namespace OpsBoard.Components.Pages.Wallboard;

/// <summary>
/// The queues' counts, a row of markup per queue kept while its text is unchanged: the wallboard redraws every few
/// seconds, and most rows read the same as before.
/// </summary>
public sealed partial class QueueTable
{
    private readonly MarkupKeeper<string> _drawn = new();

    [Parameter, EditorRequired]
    public IReadOnlyList<QueueTile> Queues { get; set; } = [];

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [Inject]
    public required IStringLocalizer<WorkflowText> Words { get; init; }

    private string Row(QueueTile queue)
    {
        var html = new StringBuilder("<tr").Attr("data-queue", queue.Key).Append("><th scope=\"row\" class=\"wb-queue-name\">").Text(Words.Queue(queue.Key, queue.Name));
        if (queue.Priority > 0)
        {
            html.Append(" <span class=\"wb-priority\" data-test=\"queue-priority\"").Attr("title", L["PriorityCount", queue.Priority])
                .Append(">★ ").Append(Text(queue.Priority)).Append("</span>");
        }
        html.Append("</th>")
            .Append(Cell(queue.Open, null, "queue-open"))
            .Append(Cell(queue.NearBreach, queue.NearBreach > 0 ? "wb-warn" : null, "queue-near"))
            .Append(Cell(queue.Breached, queue.Breached > 0 ? "wb-danger" : null, "queue-breached"))
            .Append(Cell(queue.DoneToday, null, "queue-done"))
            .Append("</tr>");
        return _drawn.Keep(queue.Key, html.ToString());
    }

    private static string Cell(int n, string? level, string test) =>
        $"<td class=\"wb-num{(level is null ? "" : " " + level)}\" data-test=\"{test}\">{Text(n)}</td>";

    private static string Text(int n) => n.ToString("N0", CultureInfo.CurrentCulture);

    protected override void OnAfterRender(bool firstRender) => _drawn.Drawn();
}
