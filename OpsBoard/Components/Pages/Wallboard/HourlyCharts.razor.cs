using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Board;

namespace OpsBoard.Components.Pages.Wallboard;

/// <summary>Today's moves and items done, and the SLA breaches, per business-zone hour, as bar charts for the TV.</summary>
public sealed partial class HourlyCharts
{
    private List<ChartSeries<double>> _throughput = [];
    private List<ChartSeries<double>> _breaches = [];
    private string[] _labels = [];

    // The dark theme's blue and green for work, its red for breaches; whole numbers on the axis.
    private readonly BarChartOptions _throughputOptions = new() { ChartPalette = ["#58a6ff", "#3fb950"], YAxisFormat = "N0", MaxNumYAxisTicks = 5 };
    private readonly BarChartOptions _breachOptions = new() { ChartPalette = ["#f85149"], YAxisFormat = "N0", MaxNumYAxisTicks = 5, ShowLegend = false, YAxisSuggestedMax = 4 };

    /// <summary>The chart's height as CSS: a share of a TV's height, set by the page.</summary>
    [Parameter]
    public string ChartHeight { get; set; } = "15vh";

    [Parameter, EditorRequired]
    public IReadOnlyList<BoardHour> Hours { get; set; } = [];

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    protected override void OnParametersSet()
    {
        // New lists each time: the chart redraws when its series change, which is what a push should cause.
        _labels = [.. Hours.Select(h => Time.Format(h.Start, "HH"))];
        _throughput =
        [
            new() { Name = L["Moves"], Data = new ChartData<double>([.. Hours.Select(h => (double)h.Moves)]) },
            new() { Name = L["DoneToday"], Data = new ChartData<double>([.. Hours.Select(h => (double)h.Done)]) },
        ];
        _breaches = [new() { Name = L["Breached"], Data = new ChartData<double>([.. Hours.Select(h => (double)h.Breaches)]) }];
    }
}
