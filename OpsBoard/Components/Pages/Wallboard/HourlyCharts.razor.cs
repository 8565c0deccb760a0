using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Board;
using OpsBoard.Components.Kit;

namespace OpsBoard.Components.Pages.Wallboard;

/// <summary>Today's moves and items done, and the SLA breaches, per business-zone hour, as bar charts for the TV.</summary>
public sealed partial class HourlyCharts
{
    // The dark theme's blue and green for work, its red for breaches; whole numbers on the axis. Nobody hovers a TV.
    // The legend is ours, above the chart: MudBlazor's sits under it and wraps out of a narrow tile.
    private const string MovesColour = "#58a6ff";
    private const string DoneColour = "#3fb950";
    private static readonly BarChartOptions ThroughputOptions = new() { ChartPalette = [MovesColour, DoneColour], YAxisFormat = "N0", MaxNumYAxisTicks = 4, ShowLegend = false, ShowToolTips = false };
    private static readonly BarChartOptions BreachOptions = new() { ChartPalette = ["#f85149"], YAxisFormat = "N0", MaxNumYAxisTicks = 4, ShowLegend = false, YAxisSuggestedMax = 4, ShowToolTips = false };

    // Every third hour named: twenty-four names side by side are too small to read from across the room.
    private const int LabelEvery = 3;

    private string _throughput = "";
    private string _breaches = "";

    [Parameter, EditorRequired]
    public IReadOnlyList<BoardHour> Hours { get; set; } = [];

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required DrawnOnce Pictures { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        string[] labels = [.. Hours.Select((h, n) => n % LabelEvery == 0 ? Time.Format(h.Start, "HH") : "")];
        _throughput = await DrawAsync("throughput", labels, ThroughputOptions, (L["Moves"], Hours.Select(h => h.Moves)), (L["DoneToday"], Hours.Select(h => h.Done)));
        _breaches = await DrawAsync("breaches", labels, BreachOptions, (L["Breached"], Hours.Select(h => h.Breaches)));
    }

    private Task<string> DrawAsync(string chart, string[] labels, BarChartOptions options, params (string Name, IEnumerable<int> Values)[] series)
    {
        var drawn = series.Select(s => (s.Name, Values: s.Values.ToArray())).ToList();
        var key = $"{chart}|{string.Join(',', labels)}|"
            + string.Join('|', drawn.Select(s => $"{s.Name}:{string.Join(',', s.Values)}"));
        return Pictures.DrawAsync<MudChart<double>>(key, new Dictionary<string, object?>
        {
            [nameof(MudChart<double>.ChartType)] = ChartType.Bar,
            [nameof(MudChart<double>.ChartSeries)] = drawn.Select(s => new ChartSeries<double> { Name = s.Name, Data = new ChartData<double>([.. s.Values.Select(v => (double)v)]) }).ToList(),
            [nameof(MudChart<double>.ChartLabels)] = labels,
            [nameof(MudChart<double>.ChartOptions)] = options,
            [nameof(MudChart<double>.Width)] = "100%",
            // The tile sets the size (see the stylesheet).
            [nameof(MudChart<double>.Height)] = "100%",
        });
    }
}
