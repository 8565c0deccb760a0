using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Components.Kit;
using OpsBoard.Components.Live;
using OpsBoard.Data;
using OpsBoard.Domain.Workflows.Orders;
using OpsBoard.Live;
using OpsBoard.Orders;

namespace OpsBoard.Components.Pages.Orders;

/// <summary>The order desk's statistics for the director: open orders by state and by the channel they came by, pushed as they change.</summary>
public sealed partial class OrderCountsPanel
{
    private readonly MarkupKeeper<string> _drawn = new();
    private IReadOnlyList<OrderCount> _counts = [];

    /// <summary>The section's class: the wallboard's dark panel or a page's plain one.</summary>
    [Parameter]
    public string Class { get; set; } = "order-counts";

    [Parameter]
    public string HeadingClass { get; set; } = "order-counts-heading";

    /// <summary>The title only for screen readers, the table's corner cell naming it instead: a TV has no line to spare.</summary>
    [Parameter]
    public bool Compact { get; set; }

    /// <summary>Tells two panels on one page apart for their headings' ids.</summary>
    [Parameter]
    public string Id { get; set; } = "order-counts";

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required IStringLocalizer<OrderText> T { get; init; }

    [Inject]
    public required IStringLocalizer<WorkflowText> Words { get; init; }

    private static IReadOnlyList<string> Channels => OrderWorkflow.Channels;

    // Only the states some order stands in, in the workflow's order: a TV has no room for rows of zeros.
    private IEnumerable<string> States => Enum.GetNames<OrderState>().Where(s => _counts.Any(c => c.State == s));

    protected override async Task OnInitializedAsync()
    {
        base.OnInitialized();
        await RefreshAsync();
    }

    protected override bool Concerns(ItemChanged change) => change.Type == OrderWorkflow.Type;

    protected override async Task RefreshAsync() =>
        _counts = await Runner.RunAsync<OpsBoardDbContext, IReadOnlyList<OrderCount>>(db => OrderCounts.OpenAsync(db));

    private int Count(string channel, string state) => _counts.Where(c => c.Channel == channel && c.State == state).Sum(c => c.Count);

    // A state's counts as one piece of markup, kept while unchanged: the panel sits on the wallboard all day.
    private string Row(string state)
    {
        var html = new StringBuilder("<tr").Attr("data-state", state).Append("><th scope=\"row\">").Text(Words.State(state)).Append("</th>");
        foreach (var channel in Channels)
        {
            html.Append("<td class=\"order-num\"").Attr("data-state", state).Attr("data-channel", channel).Append('>').Append(Text(Count(channel, state))).Append("</td>");
        }
        html.Append("<td class=\"order-num\" data-test=\"order-state-total\">").Append(Text(_counts.Where(c => c.State == state).Sum(c => c.Count))).Append("</td></tr>");
        return _drawn.Keep(state, html.ToString());
    }

    protected override void OnAfterRender(bool firstRender)
    {
        base.OnAfterRender(firstRender);
        _drawn.Drawn();
    }

    private static string Text(int n) => n.ToString("N0", CultureInfo.CurrentCulture);
}
