using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

/// <summary>The REST contract, the same on either database: see the two classes at the end.</summary>
public abstract class ConcurrencyTests(OpsBoardServer server)
{
    [Fact]
    public async Task Twenty_parallel_next_calls_on_one_queue_hand_out_twenty_different_items()
    {
        var ana = await server.ClientFor("ana");
        for (var n = 0; n < 25; n++)
        {
            await ana.CreateItem("claim", new { client = $"Client {n}" });
        }
        var agents = await Task.WhenAll(Enumerable.Range(0, 20).Select(n => server.ClientFor(n % 2 == 0 ? "ana" : "bruno")));
        var responses = await Task.WhenAll(agents.Select(a => a.PostAsync("/api/v1/queues/claims/next", null)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Json()).Id()));
        Assert.Equal(20, ids.Distinct().Count());
        Assert.Equal(0, await server.Scalar("SELECT COUNT(*) FROM (SELECT \"ItemId\" FROM \"ItemHistory\" WHERE \"Trigger\" = 'Take' GROUP BY \"ItemId\" HAVING COUNT(*) > 1) AS t"));
    }

    [Fact]
    public async Task Thirty_agents_asking_for_ten_items_at_once_get_ten_items_each_their_own_and_twenty_empty_answers()
    {
        var ana = await server.ClientFor("ana");
        for (var n = 0; n < 10; n++)
        {
            await ana.CreateItem("story", new { client = $"Story {n}" });
        }
        var names = Enumerable.Range(0, 30).Select(n => n % 2 == 0 ? "ana" : "bruno").ToList();
        var agents = await Task.WhenAll(names.Select(server.ClientFor));
        var responses = await Task.WhenAll(agents.Select(a => a.PostAsync("/api/v1/queues/stories-review/next", null)));

        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(20, responses.Count(r => r.StatusCode == HttpStatusCode.NoContent));
        var given = new List<long>();
        for (var n = 0; n < responses.Length; n++)
        {
            if (responses[n].StatusCode == HttpStatusCode.OK)
            {
                var item = await responses[n].Json();
                Assert.Equal(names[n], (string?)item["assignee"]);
                given.Add(item.Id());
            }
        }
        Assert.Equal(10, given.Distinct().Count());
        Assert.Equal(10, await server.Scalar("SELECT COUNT(*) FROM \"ItemHistory\" WHERE \"Trigger\" = 'Take' AND \"ItemType\" = 'story'"));
    }

    [Fact]
    public async Task Twenty_parallel_transitions_from_the_same_version_give_one_200_and_nineteen_409s()
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("operation", new { client = "Race", amount = 500 });
        var clients = await Task.WhenAll(Enumerable.Range(0, 20).Select(n => server.ClientFor(n % 2 == 0 ? "ana" : "bruno")));
        var responses = await Task.WhenAll(clients.Select(c => c.Fire(item.Id(), "Identify", 1)));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(2, await server.Scalar($"SELECT COUNT(*) FROM \"ItemHistory\" WHERE \"ItemId\" = {item.Id()}"));
        Assert.Equal(2, await server.Scalar($"SELECT \"Version\" FROM \"Items\" WHERE \"Id\" = {item.Id()}"));
    }
}

public sealed class ConcurrencyTestsOnSqlite(OpsBoardServer server) : ConcurrencyTests(server), IClassFixture<OpsBoardServer>;

public sealed class ConcurrencyTestsOnPostgreSql(PostgreSqlServer server) : ConcurrencyTests(server), IClassFixture<PostgreSqlServer>;
