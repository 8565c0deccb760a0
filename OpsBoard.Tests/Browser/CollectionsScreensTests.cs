using System.Globalization;
using Microsoft.Playwright;
using OpsBoard.Tests.Collections;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

public sealed class CollectionsScreensTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly PageWaitForFunctionOptions ThreeSeconds = new() { Timeout = 3000 };

    [Fact]
    public async Task The_desk_loaded_from_the_demo_history_counts_what_the_database_holds()
    {
        var api = await browser.Server.ClientFor("carla");
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");
        var localNow = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        var dayStart = new DateTimeOffset(localNow.Date, localNow.Offset).UtcTicks;

        var desk = await api.GetJson("/api/v1/collections/desk");

        foreach (var agent in new[] { "ana", "bruno" })
        {
            var stored = await browser.Server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE Trigger = 'LogCall' AND Actor = '{agent}' AND At >= {dayStart}");
            Assert.Equal(stored, await api.CallsToday(agent));
        }
        var today = DateOnly.FromDateTime(localNow.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var promisedToday = await browser.Server.Scalar(
            $"SELECT COUNT(*) FROM Items WHERE Type = 'collection' AND State = 'Promised' AND Fields LIKE '%\"promiseDate\":\"{today}\"%'");
        Assert.Equal(promisedToday, desk["promisesDueToday"]!.GetValue<int>());
        Assert.True(desk["promisesDueToday"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task A_call_logged_on_the_portfolio_page_raises_the_agents_count_on_the_wallboard_without_reload()
    {
        var api = await browser.Server.ClientFor("bruno");
        var id = (await api.NewCase("Chamada ao vivo", amountDue: 99_999m, daysOverdue: 400m)).Id();
        var before = await api.CallsToday("bruno");
        var wallboard = await browser.SignedInPage("diego");
        await wallboard.GotoAsync("/wallboard");
        await BrowserFixture.WaitForCircuit(wallboard);
        await wallboard.EvaluateAsync("() => window.__noReload = true");
        Assert.Equal(before.ToString(CultureInfo.InvariantCulture),
            (await wallboard.InnerTextAsync("[data-test=collections-agents] [data-agent=bruno] [data-test=agent-calls]")).Trim());

        var portfolio = await browser.SignedInPage("bruno");
        await portfolio.GotoAsync("/collections");
        await BrowserFixture.WaitForCircuit(portfolio);
        await portfolio.ClickAsync($"tr:has([data-key='{id}']) [data-test=log-call]");
        await portfolio.FillAsync($"[data-test=call-panel][data-case='{id}'] [data-test=call-note]", "left a message with the wife");
        await portfolio.ClickAsync($"[data-test=call-panel][data-case='{id}'] [data-outcome=noAnswer]");

        await wallboard.WaitForFunctionAsync(
            $"() => document.querySelector('[data-test=collections-agents] [data-agent=bruno] [data-test=agent-calls]')?.textContent.trim() === '{before + 1}'",
            null, ThreeSeconds);
        Assert.True(await wallboard.EvaluateAsync<bool>("() => window.__noReload === true"));
        await portfolio.WaitForFunctionAsync($"() => document.querySelector(\"tr:has([data-key='{id}']) [data-test=case-calls]\")?.textContent.trim() === '1'", null, ThreeSeconds);
        var call = Assert.Single((await api.GetJson($"/api/v1/items/{id}/calls")).AsArray());
        Assert.Equal("noAnswer", (string?)call!["outcome"]);
        Assert.Equal("left a message with the wife", (string?)call["note"]);
        await wallboard.Context.CloseAsync();
        await portfolio.Context.CloseAsync();
    }

    [Fact]
    public async Task A_call_logged_from_the_cases_page_shows_in_its_history_without_a_changed_by_someone_else_notice()
    {
        var api = await browser.Server.ClientFor("bruno");
        var id = (await api.NewCase("Página do caso")).Id();
        var page = await browser.SignedInPage("bruno");
        await page.GotoAsync($"/items/{id}");
        await BrowserFixture.WaitForCircuit(page);

        await page.FillAsync("[data-test=call-note]", "asked to call back after lunch");
        await page.ClickAsync("[data-test=call-panel] [data-outcome=other]");

        await page.WaitForFunctionAsync("() => document.querySelector('[data-test=item-version]')?.textContent.trim() === '3'", null, ThreeSeconds);
        await page.WaitForFunctionAsync("() => document.querySelector('[data-field=callCount]')?.textContent.includes('1')", null, ThreeSeconds);
        await Task.Delay(300);
        Assert.Equal(0, await page.Locator("[data-test=changed-notice]").CountAsync());
        Assert.Equal("Contacting", (string?)(await api.Item(id))["state"]);
        await page.Context.CloseAsync();
    }
}
