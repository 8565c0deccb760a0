using System.Net.Http.Json;
using Microsoft.Playwright;
using OpsBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser;

public sealed class ItemFilesScreenTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_file_uploaded_on_the_item_page_is_listed_and_downloads_with_the_same_bytes_but_not_for_an_agent_who_may_not_see_the_item()
    {
        var carla = await browser.Server.ClientFor("carla");
        var item = await carla.CreateItem("collection", new { client = "Papelaria Lápis de Cor", amountDue = 1500m, daysOverdue = 20m });
        var content = "%PDF-1.4 acordo assinado pelo devedor"u8.ToArray();
        var page = await browser.SignedInPage("carla");
        await page.GotoAsync($"/items/{item.Id()}");
        await BrowserFixture.WaitForCircuit(page);

        await BrowserFixture.ChooseFile(page.Locator("[data-test=files-panel] input[type=file]"), new FilePayload
        {
            Name = "acordo.pdf", MimeType = "application/pdf", Buffer = content,
        });

        var row = page.Locator("[data-test=file-row]");
        // The file travels over the page's connection in chunks before it is stored: on a busy machine that outlasts the default 5 s.
        await Expect(row).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Expect(row.Locator("[data-test=file-download]")).ToHaveTextAsync("acordo.pdf");
        await Expect(page.Locator("[data-history=AttachFile]")).ToHaveCountAsync(1);
        var download = await page.RunAndWaitForDownloadAsync(() => row.Locator("[data-test=file-download]").ClickAsync());
        Assert.Equal("acordo.pdf", download.SuggestedFilename);
        Assert.Equal(content, await File.ReadAllBytesAsync((await download.PathAsync())!));
        var href = await row.Locator("[data-test=file-download]").GetAttributeAsync("href");

        var assigned = await carla.PostAsJsonAsync($"/api/v1/items/{item.Id()}/assignment", new { assignee = "bruno", expectedVersion = 2 });
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
        var ana = await browser.SignedInPage("ana");
        await ana.GotoAsync($"/items/{item.Id()}");
        await Expect(ana.Locator("[data-test=item-not-found]")).ToBeVisibleAsync();
        await Expect(ana.Locator("[data-test=files-panel]")).ToHaveCountAsync(0);
        var refused = await ana.APIRequest.GetAsync(href!);
        Assert.Equal(404, refused.Status);
        var allowed = await (await browser.SignedInPage("bruno")).APIRequest.GetAsync(href!);
        Assert.Equal(content, await allowed.BodyAsync());
        await page.Context.CloseAsync();
        await ana.Context.CloseAsync();
    }
}
