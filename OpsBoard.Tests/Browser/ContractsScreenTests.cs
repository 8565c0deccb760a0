using OpsBoard.Tests.Documents.Contracts;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

public sealed class ContractsScreenTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_contracts_to_sign_on_a_phone_show_number_operation_and_contract_link_without_sideways_scrolling()
    {
        var ana = await browser.Server.ClientFor("ana");
        var (id, _) = await ContractRulesApiTests.AtBroker(ana, 175_000m, "USD");
        var page = await browser.SignedInPage("ana");
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/fx/contracts");
        await BrowserFixture.WaitForCircuit(page);
        var row = $"tr[data-pending='{id}']";
        await page.WaitForSelectorAsync(row);

        Assert.True(await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth") <= 390);
        Assert.Matches("FX-[0-9]{6}", await page.InnerTextAsync(row));
        Assert.True(await page.IsVisibleAsync($"{row} [data-item-link='{id}']"));
        Assert.Equal($"/api/v1/items/{id}/contract.pdf", await page.GetAttributeAsync($"{row} [data-contract-link='{id}']", "href"));
        await page.Context.CloseAsync();
    }
}
