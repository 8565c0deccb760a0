using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

public sealed class ManyScreensTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Pages = 10;
    private const int Items = 5;

    // A bound on how long a row may take to arrive on a busy test machine, not a pause: each wait ends when the row shows.
    private static readonly PageWaitForFunctionOptions TenSeconds = new() { Timeout = 10_000 };

    [Fact]
    public async Task Claims_made_through_the_API_show_on_each_of_ten_open_queue_pages_without_reload()
    {
        var first = await browser.SignedInPage("ana");
        var pages = new List<IPage> { first };
        for (var i = 1; i < Pages; i++)
        {
            pages.Add(await first.Context.NewPageAsync());
        }
        var prefix = $"Many screens {Guid.NewGuid():N}"[..22];
        foreach (var page in pages)
        {
            await page.GotoAsync("/queues/claims");
            await BrowserFixture.WaitForCircuit(page);
            await BrowserFixture.SearchQueue(page, prefix);
            await page.EvaluateAsync("() => window.__noReload = true");
        }

        var api = await browser.Server.ClientFor("bruno");
        var ids = new List<long>();
        for (var n = 0; n < Items; n++)
        {
            ids.Add((await api.CreateItem("claim", new { client = "Many screens" }, $"{prefix} {n}")).Id());
        }

        var keys = string.Join(",", ids);
        foreach (var page in pages)
        {
            await page.WaitForFunctionAsync($"() => [{keys}].every(id => document.querySelector(`[data-key=\"${{id}}\"]`) !== null)", null, TenSeconds);
            Assert.True(await page.EvaluateAsync<bool>("() => window.__noReload === true"));
        }
        await first.Context.CloseAsync();
    }
}
