using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

public sealed class ItemPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly PageWaitForSelectorOptions FiveSeconds = new() { Timeout = 5000 };

    [Fact]
    public async Task A_Portuguese_leads_item_page_stays_in_Portuguese_after_another_user_moves_the_item()
    {
        var api = await browser.Server.ClientFor("bruno");
        var item = await api.CreateItem("claim", new { client = "Leitura" });
        var page = await browser.SignedInPage("carla");
        await page.GotoAsync($"/culture?c=pt-BR&r=/items/{item.Id()}");
        await BrowserFixture.WaitForCircuit(page);
        Assert.Equal("Iniciar investigação", (await page.InnerTextAsync("[data-trigger=StartInvestigation]")).Trim(), StringComparer.OrdinalIgnoreCase);

        await api.FireOk(item.Id(), "StartInvestigation", 1);
        await page.WaitForSelectorAsync("[data-test=changed-notice]", FiveSeconds);
        var notice = await page.InnerTextAsync("[data-test=changed-notice]");
        Assert.Contains("Outra pessoa alterou este item", notice, StringComparison.Ordinal);
        Assert.Contains("Registrado → Em investigação", notice, StringComparison.Ordinal);

        await page.ClickAsync("[data-test=reload]");
        await page.WaitForSelectorAsync("[data-trigger=RequestEvidence]", FiveSeconds);
        Assert.Equal("Solicitar evidências", (await page.InnerTextAsync("[data-trigger=RequestEvidence]")).Trim(), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Em investigação", await page.InnerTextAsync("[data-state=Investigating]"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_double_click_on_a_one_click_trigger_moves_the_item_once_and_raises_no_error()
    {
        var api = await browser.Server.ClientFor("bruno");
        var item = await api.CreateItem("claim", new { client = "Clique duplo" });
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync($"/items/{item.Id()}");
        await BrowserFixture.WaitForCircuit(page);

        await page.DblClickAsync("[data-trigger=StartInvestigation]");

        await page.WaitForSelectorAsync("[data-history=StartInvestigation]", FiveSeconds);
        await page.GetByText("Moved to Investigating").WaitForAsync(new() { Timeout = 5000 });
        var history = (await api.GetJson($"/api/v1/items/{item.Id()}/history")).AsArray();
        Assert.Equal(["Create", "StartInvestigation"], history.Select(h => (string?)h!["trigger"]));
        Assert.Equal("2", await page.InnerTextAsync("[data-test=item-version]"));
        Assert.Equal(0, await page.Locator(".mud-snackbar[class*=error]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-test=changed-notice]").CountAsync());
        await page.Context.CloseAsync();
    }
}
