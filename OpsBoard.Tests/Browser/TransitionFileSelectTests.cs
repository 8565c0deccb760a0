using System.Security.Cryptography;
using OpsBoard.Tests.Documents.Contracts;
using OpsBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser;

/// <summary>A move's field that names a file of the item is a pick among the item's files, never a box for a hash.</summary>
public sealed class TransitionFileSelectTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Signing_a_contract_from_the_item_page_picks_the_signed_copy_among_the_items_files()
    {
        var ana = await browser.Server.ClientFor("ana");
        var (id, _) = await ContractRulesApiTests.AtBroker(ana, 175_000m, "USD");
        var scan = ContractSteps.ScannedContract(id);
        await ana.AttachSignedCopy(id, ContractSteps.ScannedContract(id), "rascunho.pdf");
        await ana.AttachSignedCopy(id, scan, "contrato-assinado.pdf");
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync($"/items/{id}");
        await BrowserFixture.WaitForCircuit(page);

        await page.ClickAsync("[data-trigger=SignContract]");
        var dialog = page.Locator("[data-test=transition-dialog]");
        await Expect(dialog.Locator("[data-field-input=signedCopy]")).ToBeVisibleAsync();
        await dialog.Locator("[data-field-input=signedCopy]").ClickAsync();
        await Expect(page.Locator(".mud-popover-open [data-file]")).ToHaveCountAsync(2);
        await page.ClickAsync(".mud-popover-open [data-file='contrato-assinado.pdf']");
        await page.ClickAsync("[data-test=dialog-submit]");

        await Expect(page.Locator("[data-history=SignContract]")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        var item = await ana.GetJson($"/api/v1/items/{id}");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(scan)), (string?)item["fields"]!["signedCopy"]);
        await page.Context.CloseAsync();
    }
}
