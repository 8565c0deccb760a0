using OpsBoard.Tests.Documents;
using OpsBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser;

public sealed class ProtocolsScreenTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Stories_ticked_on_the_protocols_page_are_sent_as_one_protocol_whose_PDF_lists_them()
    {
        var api = await browser.Server.ClientFor("ana");
        var first = await ReadyStory(api, "Cadastro Helena Vaz", "Helena Vaz Ltda");
        var second = await ReadyStory(api, "Cadastro Otávio Reis", "Otávio Reis ME");
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync("/culture?c=pt-BR&r=/protocols");
        await BrowserFixture.WaitForCircuit(page);

        foreach (var id in new[] { first, second })
        {
            await page.Locator($"tr:has([data-test=ready-story][data-id='{id}']) input[type=checkbox]").CheckAsync();
        }
        await Expect(page.Locator("[data-test=send-protocol]")).ToContainTextAsync("(2)");
        await page.Locator("[data-test=send-protocol]").ClickAsync();

        await Expect(page.Locator($"[data-test=ready-story][data-id='{first}']")).ToHaveCountAsync(0);
        var row = page.Locator("tr:has([data-test=protocol-row])").First;
        await Expect(row.Locator("[data-test=protocol-state]")).ToHaveAttributeAsync("data-state", "out");
        await Expect(row).ToContainTextAsync("2");
        var pdfLink = await row.Locator("[data-test=protocol-pdf]").GetAttributeAsync("href");
        var pdf = await (await page.APIRequest.GetAsync(pdfLink!)).BodyAsync();
        var text = await PdfTools.Text(pdf);
        Assert.Contains("Helena Vaz Ltda", text, StringComparison.Ordinal);
        Assert.Contains("Otávio Reis ME", text, StringComparison.Ordinal);
        Assert.Contains("Protocolo de envio", text, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_each_ready_story_is_a_card_whose_title_shows_whole_without_sideways_scrolling()
    {
        var api = await browser.Server.ClientFor("ana");
        const string Title = "Cadastro Maria Aparecida dos Santos Figueiredo — documentos completos";
        var id = await ReadyStory(api, Title, "Figueiredo Comércio de Alimentos Ltda");
        var page = await browser.SignedInPage("ana");
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/culture?c=pt-BR&r=/protocols");
        await BrowserFixture.WaitForCircuit(page);
        var card = page.Locator($"tr:has([data-test=ready-story][data-id='{id}'])");
        var title = card.Locator("[data-test=ready-title]");
        await Expect(title).ToBeVisibleAsync();
        // Checked by eye when asked for: OPSBOARD_SHOTS names a folder the phone's view is written to.
        if (Environment.GetEnvironmentVariable("OPSBOARD_SHOTS") is { Length: > 0 } shots)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "protocols-390.png"), FullPage = true });
        }

        Assert.True(await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth") <= 390);
        Assert.Equal(Title, (await title.InnerTextAsync()).Trim());
        var box = (await title.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"The title runs from {box.X} to {box.X + box.Width}.");
        // The cell's own text is not cut off inside it either: it wraps rather than overflowing its box.
        Assert.True(await title.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"));
        await card.Locator("input[type=checkbox]").CheckAsync();
        await Expect(page.Locator("[data-test=send-protocol]")).ToContainTextAsync("(1)");
        await page.Context.CloseAsync();
    }

    private static async Task<long> ReadyStory(HttpClient client, string title, string clientName)
    {
        var story = await client.CreateItem("story", new { client = clientName, documentsReceived = new[] { "RG", "CPF" } }, title);
        var reviewing = await client.FireOk(story.Id(), "StartReview", story.Version());
        await client.FireOk(story.Id(), "Approve", reviewing.Version());
        return story.Id();
    }
}
