using System.Diagnostics;
using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Deployment;

/// <summary>Two app nodes on one PostgreSQL database behind nginx with the repo's config; every request goes through nginx.</summary>
[Collection(ProxiedCluster.Collection)]
public sealed class ThroughNginxTests(ProxiedCluster cluster) : IClassFixture<ProxiedCluster>
{
    [Fact]
    public async Task A_transition_made_through_node_A_reaches_a_hub_client_on_node_B_within_a_second()
    {
        var carla = await cluster.ClientFor("carla", "b");
        await using var hub = await RawHubClient.ConnectAsync(cluster.Proxy.BaseAddress, carla.DefaultRequestHeaders.Authorization!.Parameter!,
            cookie: $"opsboard_node={cluster.AffinityFor("b")}");
        await hub.InvokeAsync("Subscribe", "board");
        var ana = await cluster.ClientFor("ana", "a");
        var item = await ana.CreateItem("story", new { client = "Through nginx" });
        await hub.ReceiveAsync("itemChanged", m => (long?)m["itemId"] == item.Id(), TimeSpan.FromSeconds(10));

        await ana.FireOk(item.Id(), "StartReview", 1);
        var answered = Stopwatch.StartNew();
        var change = await hub.ReceiveAsync("itemChanged", m => (long?)m["itemId"] == item.Id() && (string?)m["trigger"] == "StartReview", TimeSpan.FromSeconds(5));
        var elapsed = answered.Elapsed;

        Assert.Equal("InReview", (string?)change["toState"]);
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"The change reached node B {elapsed.TotalMilliseconds:0} ms after node A answered.");
    }

    [Fact]
    public async Task Twenty_racing_transitions_from_one_version_across_both_nodes_give_one_success_and_nineteen_conflicts()
    {
        var item = await (await cluster.ClientFor("ana", "a")).CreateItem("operation", new { client = "Race through nginx", amount = 500 });
        var clients = await Task.WhenAll(Enumerable.Range(0, 20).Select(n => cluster.ClientFor(n % 4 < 2 ? "ana" : "bruno", n % 2 == 0 ? "a" : "b")));

        var responses = await Task.WhenAll(clients.Select(c => c.Fire(item.Id(), "Identify", 1)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var conflicts = responses.Where(r => r.StatusCode == HttpStatusCode.Conflict).ToList();
        Assert.Equal(19, conflicts.Count);
        Assert.All(conflicts, r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task A_hundred_agents_on_both_nodes_empty_a_queue_of_two_thousand_items_each_handed_out_once()
    {
        var creators = await Task.WhenAll(Enumerable.Range(0, 8).Select(n => cluster.ClientFor("ana", n % 2 == 0 ? "a" : "b")));
        var created = await Task.WhenAll(creators.Select(async (c, n) =>
        {
            var ids = new List<long>();
            for (var i = n; i < 2000; i += creators.Length)
            {
                ids.Add((await c.CreateItem("claim", new { client = $"Queue through nginx {i}" })).Id());
            }
            return ids;
        }));
        var agents = await Task.WhenAll(Enumerable.Range(0, 100).Select(n => cluster.ClientFor(n % 4 < 2 ? "ana" : "bruno", n % 2 == 0 ? "a" : "b")));

        var taken = (await Task.WhenAll(agents.Select(TakeUntilEmpty))).SelectMany(ids => ids).ToList();

        Assert.Equal(taken.Count, taken.Distinct().Count());
        Assert.Equal(created.SelectMany(ids => ids).Order(), taken.Order());
    }

    private static async Task<List<long>> TakeUntilEmpty(HttpClient agent)
    {
        var ids = new List<long>();
        while (true)
        {
            using var response = await agent.PostAsync("/api/v1/queues/claims/next", null);
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                return ids;
            }
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            ids.Add((await response.Json()).Id());
        }
    }
}
