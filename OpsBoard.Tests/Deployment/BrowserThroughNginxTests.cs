using System.Diagnostics;
using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Deployment;

/// <summary>A Chromium page whose circuit lives on node B, behind nginx, sees a change made through node A.</summary>
[Collection(ProxiedCluster.Collection)]
public sealed class BrowserThroughNginxTests(ProxiedCluster cluster) : IClassFixture<ProxiedCluster>, IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserFixture.Launch(_playwright);
    }

    [Fact]
    public async Task A_transition_made_through_node_A_shows_on_a_queue_page_on_node_B_within_a_second()
    {
        var page = await cluster.QueuePageOn(_browser!, "b", "ana");
        var api = await cluster.ClientFor("bruno", "a");
        var title = $"Nginx row {Guid.NewGuid():N}";
        await BrowserFixture.SearchQueue(page, title[..18]);
        var item = await api.CreateItem("claim", new { client = "Browser" }, title);
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-key=\"{item.Id()}\"]') !== null", null, new() { Timeout = 10_000 });

        await api.FireOk(item.Id(), "StartInvestigation", 1);
        var answered = Stopwatch.StartNew();
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-key=\"{item.Id()}\"]')?.closest('tr')?.textContent.includes('Investigating')",
            null, new() { Timeout = 5_000 });
        var elapsed = answered.Elapsed;

        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"The page on node B showed the change {elapsed.TotalMilliseconds:0} ms after node A answered.");
        await page.Context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
