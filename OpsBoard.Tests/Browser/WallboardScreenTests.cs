using System.Globalization;
using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

/// <summary>The wallboard on a 1080p TV: every digit shown, the whole screen used without scrolling, and live.</summary>
public sealed class WallboardScreenTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly PageWaitForFunctionOptions FiveSeconds = new() { Timeout = 5000 };

    [Theory]
    [InlineData("pt-BR")]
    [InlineData("ru")]
    public async Task On_a_1080p_tv_the_recovered_amount_shows_every_digit_and_the_board_fits_without_scrolling(string culture)
    {
        var page = await Tv(culture);

        var recovered = page.Locator("[data-test=recovered-today] .kpi-value");
        var text = (await recovered.InnerTextAsync()).Replace('\u00a0', ' ').Replace('\u202f', ' ');
        var fits = await recovered.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth && e.getBoundingClientRect().right <= e.closest('.kpi-tile').getBoundingClientRect().right");
        var scrolls = await page.EvaluateAsync<bool>(
            "() => [document.scrollingElement, document.querySelector('.kiosk')].some(e => e.scrollHeight > e.clientHeight + 1)");

        Assert.Matches(culture == "ru" ? @"^\d{1,3}( \d{3})*,\d{2} R\$$" : @"^R\$ \d{1,3}(\.\d{3})*,\d{2}$", text);
        Assert.True(fits, $"The recovered amount '{text}' is cut in {culture}.");
        Assert.False(scrolls, $"The wallboard scrolls at 1920×1080 in {culture}.");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("es")]
    public async Task On_a_1080p_tv_no_row_of_any_table_is_cut_off_at_the_bottom_of_its_panel(string culture)
    {
        var page = await Tv(culture);

        var cut = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('.wallboard tbody tr')]
            .filter(r => {
                const panel = r.closest('.wb-queues, .wb-orders, .wb-agents, .wb-desk-agents');
                return panel && r.getBoundingClientRect().bottom > panel.getBoundingClientRect().bottom + 1;
            })
            .map(r => r.textContent.trim().replace(/\s+/g, ' '))");

        Assert.True(cut.Length == 0, $"Rows cut at the bottom in {culture}: {string.Join(" | ", cut)}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_move_made_through_the_API_updates_the_queue_numbers_and_the_hourly_chart_without_reload()
    {
        var page = await Tv("en");
        await page.EvaluateAsync("() => window.__noReload = true");
        var charts = page.Locator("[data-test=charts]");
        var moves = int.Parse(await charts.GetAttributeAsync("data-moves") ?? "0", CultureInfo.InvariantCulture);
        var open = await page.InnerTextAsync("[data-queue=stories-review] [data-test=queue-open]");
        var drawn = await page.InnerHTMLAsync("[data-test=throughput-chart] svg");
        var api = await browser.Server.ClientFor("bruno");

        var item = await api.CreateItem("story", new { client = "Wallboard chart" });
        await api.FireOk(item.Id(), "StartReview", 1);

        await page.WaitForFunctionAsync("m => Number(document.querySelector('[data-test=charts]').dataset.moves) > m", moves, FiveSeconds);
        await page.WaitForFunctionAsync("o => document.querySelector('[data-queue=stories-review] [data-test=queue-open]').textContent.trim() !== o", open, FiveSeconds);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__noReload === true"));
        Assert.NotEqual(drawn, await page.InnerHTMLAsync("[data-test=throughput-chart] svg"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_tv_keeps_its_dark_theme_and_draws_the_day_as_bars_in_the_readers_language()
    {
        var page = await Tv("ru");

        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.mud-layout, .kiosk') ?? document.body).getPropertyValue('--mud-palette-background').trim()");
        var bars = await page.Locator("[data-test=throughput-chart] svg path.mud-chart-bar, [data-test=throughput-chart] svg .mud-chart-bar path, [data-test=throughput-chart] svg rect").CountAsync();
        var legend = await page.InnerTextAsync("[data-test=throughput-chart]");

        Assert.Equal("rgba(13,17,23,1)", background.Replace(" ", "", StringComparison.Ordinal));
        Assert.True(bars > 0, "The throughput chart has no bars.");
        Assert.Contains("Переходы", legend, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private async Task<IPage> Tv(string culture)
    {
        var page = await browser.SignedInPage("diego");
        await page.SetViewportSizeAsync(1920, 1080);
        await page.GotoAsync($"/culture?c={culture}&r=/wallboard");
        await BrowserFixture.WaitForCircuit(page);
        return page;
    }
}
