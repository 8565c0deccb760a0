using Microsoft.Playwright;
using OpsBoard.Tests.Collections;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Live;

/// <summary>Work run outside the render of a request (callbacks, pushes) stays in the reader's language and formats.</summary>
public sealed class CircuitCultureTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly PageWaitForFunctionOptions FiveSeconds = new() { Timeout = 5000 };

    [Fact]
    public async Task A_portuguese_portfolio_stays_in_portuguese_after_the_agent_logs_a_call()
    {
        var api = await browser.Server.ClientFor("ana");
        var id = (await api.NewCase("Cultura após ligação", amountDue: 12_345.67m)).Id();
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync("/culture?c=pt-BR&r=/collections");
        await BrowserFixture.WaitForCircuit(page);
        var row = $"tr:has([data-key='{id}'])";
        Assert.Contains("12.345,67", await page.InnerTextAsync(row), StringComparison.Ordinal);

        await page.ClickAsync($"{row} [data-test=log-call]");
        await page.FillAsync($"[data-test=call-panel][data-case='{id}'] [data-test=call-note]", "caixa postal");
        await page.ClickAsync($"[data-test=call-panel][data-case='{id}'] [data-outcome=noAnswer]");
        await page.WaitForFunctionAsync($"() => document.querySelector(\"{row} [data-test=case-calls]\")?.textContent.trim() === '1'", null, FiveSeconds);

        var text = await page.InnerTextAsync("main");
        Assert.Contains("Minha carteira", text, StringComparison.Ordinal);
        Assert.Contains("Última ligação", text, StringComparison.Ordinal);
        Assert.Contains("Ligações hoje", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Last call", text, StringComparison.Ordinal);
        var cells = await page.InnerTextAsync(row);
        Assert.Contains("12.345,67", cells, StringComparison.Ordinal);
        Assert.Matches(@"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", cells);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_russian_queue_stays_in_russian_after_another_user_creates_an_item()
    {
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync("/culture?c=ru&r=/queues/claims");
        await BrowserFixture.WaitForCircuit(page);
        var title = $"Культура {Guid.NewGuid():N}";
        await BrowserFixture.SearchQueue(page, title[..18]);

        var item = await (await browser.Server.ClientFor("bruno")).CreateItem("claim", new { client = "Push" }, title);
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-key=\"{item.Id()}\"]') !== null", null, FiveSeconds);

        // Text as written, not as styled: the table headers are shown in capitals.
        var text = await page.TextContentAsync("main") ?? string.Empty;
        Assert.Contains("Очереди", text, StringComparison.Ordinal);
        Assert.Contains("Взять следующий", text, StringComparison.Ordinal);
        Assert.Contains("Название", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Take next", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Registered", await page.InnerTextAsync($"[data-key=\"{item.Id()}\"]"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
