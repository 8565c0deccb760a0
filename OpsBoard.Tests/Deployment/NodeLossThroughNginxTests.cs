using System.Net.Http.Json;
using Microsoft.Playwright;
using Npgsql;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Deployment;

/// <summary>A node killed outright behind nginx: its users land on the other node and no acknowledged write is lost.</summary>
[Collection(ProxiedCluster.Collection)]
public sealed class NodeLossThroughNginxTests(ProxiedCluster cluster) : IClassFixture<ProxiedCluster>
{
    private readonly TaskCompletionSource _killed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task After_kill_9_of_node_A_node_B_keeps_taking_writes_every_acknowledged_write_is_stored_and_As_pages_come_back_on_B()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFixture.Launch(playwright);
        var page = await cluster.QueuePageOn(browser, "a", "carla");
        var reloaded = page.WaitForResponseAsync(r => r.Request.ResourceType == "document" && r.Url.Contains("/queues/claims", StringComparison.Ordinal),
            new() { Timeout = 60_000 });
        var writers = await Task.WhenAll(Enumerable.Range(0, 10).Select(n => cluster.ClientFor("ana", n % 2 == 0 ? "a" : "b")));
        var running = writers.Select((w, n) => WriteUntilAfterTheKill(w, n)).ToList();

        await Task.WhenAll(running.Select(r => r.BeforeKill.Task));
        await cluster.A.KillAsync();
        _killed.SetResult();
        var results = await Task.WhenAll(running.Select(r => r.Done));

        Assert.All(results, r => Assert.True(r.AfterKill >= 5, "A writer got no acknowledged write after the kill."));
        var acknowledged = results.SelectMany(r => r.Ids).ToList();
        await using var connection = new NpgsqlConnection(cluster.Database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM \"Items\" WHERE \"Id\" IN ({string.Join(',', acknowledged)})", connection);
        Assert.Equal(acknowledged.Count, (long)(await count.ExecuteScalarAsync())!);

        // The page's circuit died with node A: the page reloads by itself, lands on node B and is live there.
        Assert.Equal("b", await (await reloaded).HeaderValueAsync("X-OpsBoard-Node"));
        await BrowserFixture.WaitForCircuit(page);
        var api = await cluster.ClientFor("bruno", "b");
        var title = $"After the kill {Guid.NewGuid():N}";
        await BrowserFixture.SearchQueue(page, title[..22]);
        var item = await api.CreateItem("claim", new { client = "Node loss" }, title);
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-key=\"{item.Id()}\"]') !== null", null, new() { Timeout = 10_000 });
        await api.FireOk(item.Id(), "StartInvestigation", 1);
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-key=\"{item.Id()}\"]')?.closest('tr')?.textContent.includes('Investigating')",
            null, new() { Timeout = 10_000 });
    }

    private Writer WriteUntilAfterTheKill(HttpClient client, int n)
    {
        var writer = new Writer();
        writer.Done = Task.Run(async () =>
        {
            for (var i = 0; writer.AfterKill < 5 && i < 2000; i++)
            {
                var killed = _killed.Task.IsCompleted;
                try
                {
                    using var response = await client.PostAsJsonAsync("/api/v1/items",
                        new { type = "claim", title = $"Writer {n} #{i}", fields = new { client = $"Node loss {n}" } });
                    if (response.IsSuccessStatusCode)
                    {
                        writer.Ids.Add((await response.Json()).Id());
                        writer.AfterKill += killed ? 1 : 0;
                        if (writer.Ids.Count == 5)
                        {
                            writer.BeforeKill.TrySetResult();
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    // A request in flight on the killed node may fail; only acknowledged writes must survive.
                }
            }
            writer.BeforeKill.TrySetResult();
            return writer;
        });
        return writer;
    }

    private sealed class Writer
    {
        public TaskCompletionSource BeforeKill { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<long> Ids { get; } = [];

        public int AfterKill { get; set; }

        public Task<Writer> Done { get; set; } = null!;
    }
}
