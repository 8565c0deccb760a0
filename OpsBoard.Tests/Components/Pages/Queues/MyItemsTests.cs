using System.Net.Http.Json;
using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Queues;

/// <summary>An agent's own items, whatever their queue, kept live as leads hand work out.</summary>
public sealed class MyItemsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly PageWaitForFunctionOptions FiveSeconds = new() { Timeout = 5000 };

    [Fact]
    public async Task An_item_a_lead_assigns_to_the_agent_appears_in_the_agents_own_items_and_one_for_another_agent_does_not()
    {
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync("/queues/mine");
        await BrowserFixture.WaitForCircuit(page);
        var title = $"Mine {Guid.NewGuid():N}";
        await BrowserFixture.SearchQueue(page, title[..20]);

        var carla = await browser.Server.ClientFor("carla");
        var forBruno = await carla.CreateItem("claim", new { client = "Mine" }, title + " bruno");
        var forAna = await carla.CreateItem("claim", new { client = "Mine" }, title + " ana");
        await Assign(carla, forBruno.Id(), "bruno", forBruno.Version());
        await Assign(carla, forAna.Id(), "ana", forAna.Version());
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-key=\"{forAna.Id()}\"]') !== null", null, FiveSeconds);

        Assert.Null(await page.QuerySelectorAsync($"[data-key=\"{forBruno.Id()}\"]"));
        Assert.Equal("My items", (await page.InnerTextAsync("[data-test=queue-title]")).Trim());
        Assert.Null(await page.QuerySelectorAsync("[data-test=take-next]"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Queue_counts_say_what_they_count_to_a_screen_reader()
    {
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync("/culture?c=pt-BR&r=/queues/claims");
        await BrowserFixture.WaitForCircuit(page);

        var count = page.Locator("[data-queue=claims] [data-test=queue-count]");
        var shown = (await count.Locator("[aria-hidden=true]").InnerTextAsync()).Trim();
        var spoken = (await count.Locator(".sr-only").InnerTextAsync()).Trim();

        Assert.Equal($"{shown} em aberto", spoken);
        await page.Context.CloseAsync();
    }

    private static async Task Assign(HttpClient client, long id, string assignee, int version)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/items/{id}/assignment", new { assignee, expectedVersion = version });
        response.EnsureSuccessStatusCode();
    }
}
