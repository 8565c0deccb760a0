using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpsBoard.Components.Kit;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Kit;

public sealed class DrawnOnceTests : MudComponentTest
{
    [Fact]
    public async Task The_same_chart_in_the_same_language_is_drawn_once_and_handed_out_as_the_same_string()
    {
        var pictures = Services.GetRequiredService<DrawnOnce>();

        var first = await pictures.DrawAsync<MudChart<double>>("moves|1,2,3", Chart("Moves", 1, 2, 3));
        var second = await pictures.DrawAsync<MudChart<double>>("moves|1,2,3", Chart("Moves", 1, 2, 3));

        Assert.Same(first, second);
        Assert.Contains("<svg", first, StringComparison.Ordinal);
        Assert.Contains("Moves", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_data_or_another_language_gets_a_drawing_of_its_own()
    {
        var pictures = Services.GetRequiredService<DrawnOnce>();
        var english = await pictures.DrawAsync<MudChart<double>>("moves", Chart("Moves", 1, 2, 3));
        var more = await pictures.DrawAsync<MudChart<double>>("moves|more", Chart("Moves", 1, 2, 30));

        string russian;
        using (new UiCulture("ru"))
        {
            russian = await pictures.DrawAsync<MudChart<double>>("moves", Chart("Переходы", 1, 2, 3));
        }

        Assert.NotEqual(english, more);
        Assert.Contains("Переходы", System.Net.WebUtility.HtmlDecode(russian), StringComparison.Ordinal);
        Assert.DoesNotContain("Переходы", english, StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> Chart(string series, params double[] values) => new()
    {
        [nameof(MudChart<double>.ChartType)] = ChartType.Bar,
        [nameof(MudChart<double>.ChartSeries)] = new List<ChartSeries<double>> { new() { Name = series, Data = new ChartData<double>(values) } },
        [nameof(MudChart<double>.ChartLabels)] = new[] { "08", "09", "10" },
    };
}
