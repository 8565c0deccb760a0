using System.Net.Http.Json;
using OpsBoard.Tests.Orders;
using OpsBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser;

public sealed class ClaimDaysScreenTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_lead_sets_another_number_of_claim_days_on_the_client_page_and_the_next_claim_takes_it_while_an_agent_only_reads_it()
    {
        var ana = await browser.Server.ClientFor("ana");
        var order = await ana.CreateOrder("ООО Договор");
        var clientId = order["clientId"]!.GetValue<long>();
        var page = await browser.SignedInPage("carla");
        await page.GotoAsync($"/clients/{clientId}");
        await BrowserFixture.WaitForCircuit(page);

        await page.ClickAsync("[data-test=claim-days-choice]");
        await page.ClickAsync(".mud-popover-open [data-choice=other]");
        await page.FillAsync(".claim-days-other input", "8");
        await page.ClickAsync("[data-test=claim-days-save]");

        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Claim deadline saved.", new() { Timeout = 10_000 });
        var claim = await (await ana.PostAsJsonAsync($"/api/v1/items/{order.Id()}/claims", new { category = "damage" })).Json();
        Assert.Equal(8m, claim["fields"]!["contractDays"]!.GetValue<decimal>());
        var agent = await browser.SignedInPage("ana");
        await agent.GotoAsync($"/clients/{clientId}");
        await Expect(agent.Locator("[data-test=claim-days-value]")).ToHaveTextAsync("8 business days");
        Assert.Equal(0, await agent.Locator("[data-test=claim-days-save]").CountAsync());
        await page.Context.CloseAsync();
        await agent.Context.CloseAsync();
    }
}
