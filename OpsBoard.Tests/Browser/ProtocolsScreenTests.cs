using System.Net.Http.Json;
using OpsBoard.Tests.Documents;
using OpsBoard.Tests.Onboarding;
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

    [Fact]
    public async Task Protocols_signed_back_are_picked_saved_as_a_view_reopened_after_signing_in_again_and_exported_as_shown()
    {
        var api = await browser.Server.ClientFor("ana");
        var back = await Send(api, await ReadyStory(api, "Cadastro Rosa Lima", "Rosa Lima Ltda"));
        var still = await Send(api, await ReadyStory(api, "Cadastro Caio Prado", "Caio Prado ME"));
        var signed = await api.Upload($"/api/v1/protocols/{back}/signed-back", "file", "%PDF-1.4 assinado"u8.ToArray(), "assinado.pdf");
        Assert.True(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        var marker = Guid.NewGuid().ToString("N")[..8];
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync("/protocols");
        await BrowserFixture.WaitForCircuit(page);
        await Expect(page.Locator($"[data-test=protocol-row][data-number='{still}']")).ToHaveCountAsync(1);

        await page.Locator("[data-test=protocol-status]").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Signed back" });
        await Expect(page.Locator($"[data-test=protocol-row][data-number='{still}']")).ToHaveCountAsync(0);
        await Expect(page.Locator($"[data-test=protocol-row][data-number='{back}']")).ToHaveCountAsync(1);
        await page.Locator("[data-test=export-menu] button").ClickAsync();
        Assert.EndsWith("&status=back", await page.Locator("[data-test=export-xlsx]").GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Escape");
        await SavedViewSteps.SaveAsync(page, $"Back {marker}");
        await page.Context.CloseAsync();

        var again = await browser.SignedInPage("ana");
        await again.GotoAsync("/protocols");
        await BrowserFixture.WaitForCircuit(again);
        await Expect(again.Locator($"[data-test=protocol-row][data-number='{still}']")).ToHaveCountAsync(1);
        await SavedViewSteps.OpenAsync(again, $"Back {marker}");

        await Expect(again.Locator($"[data-test=protocol-row][data-number='{still}']")).ToHaveCountAsync(0);
        await Expect(again.Locator($"[data-test=protocol-row][data-number='{back}']")).ToHaveCountAsync(1);
        await Expect(again.Locator("[data-test=protocol-row] [data-test=protocol-state][data-state=out]")).ToHaveCountAsync(0);
        await again.Context.CloseAsync();
    }

    [Fact]
    public async Task The_brokers_signed_copy_recorded_from_the_page_is_kept_and_the_protocol_shows_as_back()
    {
        var api = await browser.Server.ClientFor("ana");
        var number = await Send(api, await ReadyStory(api, "Cadastro Vera Nunes", "Vera Nunes Ltda"));
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync("/protocols");
        await BrowserFixture.WaitForCircuit(page);
        var row = page.Locator($"tr:has([data-test=protocol-row][data-number='{number}'])");
        await Expect(row.Locator("[data-test=protocol-state]")).ToHaveAttributeAsync("data-state", "out");

        await row.Locator("[data-test=signed-back]").ClickAsync();
        var copy = "%PDF-1.4 protocolo assinado pela corretora"u8.ToArray();
        await BrowserFixture.ChooseFile(page.Locator("[data-test=signed-back-dialog] input[type=file]"), new Microsoft.Playwright.FilePayload
        {
            Name = "protocolo-assinado.pdf", MimeType = "application/pdf", Buffer = copy,
        });
        await page.ClickAsync("[data-test=signed-back-save]");

        // The file travels over the page's connection in chunks before it is stored: on a busy machine that outlasts the default 5 s.
        await Expect(row.Locator("[data-test=protocol-state]")).ToHaveAttributeAsync("data-state", "back", new() { Timeout = 30_000 });
        var link = await row.Locator("[data-test=signed-copy]").GetAttributeAsync("href");
        Assert.Equal(copy, await (await page.APIRequest.GetAsync(link!)).BodyAsync());
        var stored = (await api.GetJson("/api/v1/protocols")).AsArray().Single(p => p!["number"]!.GetValue<long>() == number)!;
        Assert.NotNull((string?)stored["signedBackOn"]);
        await page.Context.CloseAsync();
    }

    private static async Task<long> Send(HttpClient client, long storyId)
    {
        var response = await client.PostAsJsonAsync("/api/v1/protocols", new { storyIds = new[] { storyId } });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Json())["number"]!.GetValue<long>();
    }

    private static async Task<long> ReadyStory(HttpClient client, string title, string clientName)
    {
        var story = await client.CreateItem("story", new { client = clientName, documentsReceived = new[] { "RG", "CPF" } }, title);
        var reviewing = await client.FireOk(story.Id(), "StartReview", story.Version());
        await client.FireOk(story.Id(), "Approve", reviewing.Version());
        return story.Id();
    }
}
