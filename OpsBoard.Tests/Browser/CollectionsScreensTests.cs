using System.Globalization;
using System.Net.Http.Json;
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

    [Fact]
    public async Task A_lead_picks_an_agent_on_the_portfolio_and_sees_that_agents_cases()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var anas = (await (await browser.Server.ClientFor("ana")).NewCase($"Ana {tag}")).Id();
        var brunos = (await (await browser.Server.ClientFor("bruno")).NewCase($"Bruno {tag}")).Id();
        var page = await browser.SignedInPage("carla");
        await page.GotoAsync("/collections");
        await BrowserFixture.WaitForCircuit(page);
        await page.WaitForSelectorAsync($"[data-key='{anas}']");

        await page.SelectOptionAsync("[data-test=agent-picker]", "bruno");

        await page.WaitForSelectorAsync(".portfolio-cases[data-agent=bruno]");
        await page.WaitForSelectorAsync($"[data-key='{anas}']", new() { State = WaitForSelectorState.Detached });
        await page.WaitForSelectorAsync($"[data-key='{brunos}']");
        Assert.Equal("Bruno Lima", await page.EvalOnSelectorAsync<string>("[data-test=agent-picker]", "s => s.selectedOptions[0].text"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_portfolio_on_a_phone_shows_client_and_amount_without_sideways_scrolling()
    {
        var client = $"Telefone {Guid.NewGuid():N}"[..18];
        var id = (await (await browser.Server.ClientFor("ana")).NewCase(client, amountDue: 1_500m)).Id();
        var page = await browser.SignedInPage("ana");
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/collections");
        await BrowserFixture.WaitForCircuit(page);
        var row = $"tr:has([data-key='{id}'])";
        await page.WaitForSelectorAsync(row);

        Assert.True(await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth") <= 390);
        Assert.True(await page.IsVisibleAsync($"{row} [data-key='{id}']"));
        Assert.Equal("R$1,500", (await page.InnerTextAsync($"{row} [data-test=amount-due]")).Trim());
        Assert.True(await page.IsVisibleAsync($"{row} [data-test=log-call]"));
        Assert.Contains(client, await page.InnerTextAsync(row), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_deposit_is_matched_by_picking_its_case_from_the_search()
    {
        var bruno = await browser.Server.ClientFor("bruno");
        var client = $"Depósito {Guid.NewGuid():N}"[..18];
        var caseId = (await bruno.NewCase(client)).Id();
        var version = (await bruno.LogCallOk(caseId, "promise"))["itemVersion"]!.GetValue<int>();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo")).Date);
        await bruno.FireOk(caseId, "PromiseToPay", version, new { promiseDate = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), promiseAmount = 700m });
        var registered = await bruno.PostAsJsonAsync("/api/v1/collections/deposits", new { amount = 700m, reference = $"PIX {client}", channel = "PIX" });
        var deposit = (await registered.Json()).Id();
        var page = await browser.SignedInPage("bruno");
        await page.GotoAsync("/collections/deposits");
        await BrowserFixture.WaitForCircuit(page);
        var card = $"[data-key='{deposit}']";

        Assert.Equal(0, await page.Locator("[data-test=case-search]").CountAsync());
        await page.ClickAsync($"{card} [data-test=choose]");
        await page.ClickAsync($"{card} [data-test=match]");
        await page.WaitForSelectorAsync($"{card} [data-test=match-error]");
        await page.FillAsync($"{card} [data-test=case-search]", client);
        await page.ClickAsync($".mud-popover-open [data-case='{caseId}']");
        // The pick reaches the server before the button does only once the field shows it.
        await page.WaitForFunctionAsync(
            "([card, picked]) => document.querySelector(card + ' [data-test=case-search] input, ' + card + ' input[data-test=case-search]')?.value.startsWith(picked)",
            new[] { card, $"#{caseId} " });
        await page.ClickAsync($"{card} [data-test=match]");

        await page.WaitForSelectorAsync(card, new() { State = WaitForSelectorState.Detached });
        Assert.Equal("Paid", (string?)(await bruno.Item(caseId))["state"]);
        await page.Context.CloseAsync();
    }
}
