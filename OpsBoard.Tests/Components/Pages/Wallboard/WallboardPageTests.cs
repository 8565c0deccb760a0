using Bunit;
using OpsBoard.Components.Pages.Wallboard;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Wallboard;

public sealed class WallboardPageTests : WallboardTestContext
{
    [Fact]
    public void The_clock_shows_the_business_zones_time_and_names_the_zone()
    {
        using var _ = new UiCulture("pt-BR");

        var page = Render<WallboardPage>();

        // 12:30 UTC is 09:30 in São Paulo.
        Assert.Equal("09:30", page.Find("[data-test=clock-time]").TextContent);
        Assert.Equal("Sao Paulo (UTC−03:00)", page.Find("[data-test=clock-zone]").TextContent);
    }

    [Fact]
    public void The_agents_columns_are_translated_in_russian()
    {
        using var _ = new UiCulture("ru");

        var page = Render<WallboardPage>();

        var headers = page.Find("[data-test=agents] thead").TextContent;
        Assert.Contains("Переходы", headers, StringComparison.Ordinal);
        Assert.Contains("Выполнено сегодня", headers, StringComparison.Ordinal);
        Assert.DoesNotContain("Transitions", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_queue_number_sits_under_a_labelled_column()
    {
        var page = Render<WallboardPage>();

        var columns = page.FindAll(".wb-queues thead th").Select(th => th.TextContent).ToList();
        Assert.Equal(["Queue", "Open", "Near breach", "Breached", "Done today"], columns);
        Assert.All(page.FindAll(".wb-queues tbody tr"), row => Assert.Equal(4, row.QuerySelectorAll("td").Length));
    }
}
