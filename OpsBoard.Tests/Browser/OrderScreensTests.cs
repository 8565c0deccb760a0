using Microsoft.Playwright;
using OpsBoard.Tests.Orders;
using OpsBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser;

public sealed class OrderScreensTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_delivered_order_gets_its_documents_attached_and_sent_to_accounting_from_its_page()
    {
        var api = await browser.Server.ClientFor("ana");
        var order = await api.DeliverOrder(await api.CreateOrder("ООО Экран"), await browser.Server.ClientFor("wanda"));
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync($"/items/{order.Id()}");
        await BrowserFixture.WaitForCircuit(page);

        await BrowserFixture.ChooseFile(page.Locator("[data-test=files-panel] input[type=file]"), new FilePayload
        {
            Name = "upd.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 УПД"u8.ToArray(),
        });
        // The file travels over the page's connection in chunks before it is stored: on a busy machine that outlasts the default 5 s.
        await Expect(page.Locator("[data-history=AttachFile]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await page.ClickAsync("[data-trigger=SendDocuments]");

        await Expect(page.Locator("[data-history=SendDocuments]")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        Assert.Equal("DocumentsSent", (string?)(await api.GetJson($"/api/v1/items/{order.Id()}"))["state"]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_claim_opened_from_the_order_page_leads_to_the_claim_with_its_evidence_pack()
    {
        var api = await browser.Server.ClientFor("ana");
        var order = await api.CreateOrder("ООО Претензия");
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync($"/items/{order.Id()}");
        await BrowserFixture.WaitForCircuit(page);

        await page.ClickAsync("[data-test=open-claim-button]");

        var link = page.Locator("[data-test=evidence-pdf]");
        await Expect(link).ToBeVisibleAsync(new() { Timeout = 10_000 });
        var claimId = long.Parse(page.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var claim = await api.GetJson($"/api/v1/items/{claimId}");
        Assert.Equal(("claim", "shortage", order.Id()), ((string?)claim["type"], (string?)claim["fields"]!["category"], claim["fields"]!["orderId"]!.GetValue<long>()));
        Assert.Equal($"/api/v1/items/{claimId}/evidence.pdf", await link.GetAttributeAsync("href"));
        await page.Context.CloseAsync();
    }
}
