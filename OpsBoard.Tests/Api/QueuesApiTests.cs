using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

/// <summary>The REST contract, the same on either database: see the two classes at the end.</summary>
public abstract class QueuesApiTests(OpsBoardServer server)
{
    [Fact]
    public async Task Queues_list_the_counts_and_next_assigns_the_most_urgent_item_to_the_caller()
    {
        var ana = await server.ClientFor("ana");
        var first = await ana.CreateItem("story", new { client = "First" });
        await ana.CreateItem("story", new { client = "Second" });
        var queues = (await ana.GetJson("/api/v1/queues")).AsArray();
        var review = queues.Single(q => (string?)q!["key"] == "stories-review")!;
        Assert.True(review["open"]!.GetValue<int>() >= 2);

        var next = await ana.PostAsync("/api/v1/queues/stories-review/next", null);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        var taken = await next.Json();
        Assert.Equal(first.Id(), taken.Id());
        Assert.Equal("ana", (string?)taken["assignee"]);
        var items = await ana.GetJson("/api/v1/queues/stories-review/items");
        Assert.Contains(items["items"]!.AsArray(), i => i!.Id() == first.Id() && (string?)i!["assignee"] == "ana");
    }

    [Fact]
    public async Task Next_on_an_empty_queue_is_204_and_an_unknown_queue_is_404()
    {
        var bruno = await server.ClientFor("bruno");
        Assert.Equal(HttpStatusCode.NoContent, (await bruno.PostAsync("/api/v1/queues/operations-refunds/next", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bruno.PostAsync("/api/v1/queues/nowhere/next", null)).StatusCode);
    }

    [Fact]
    public async Task The_board_counts_open_items_and_what_was_done_today_per_workflow_and_agent()
    {
        var bruno = await server.ClientFor("bruno");
        var before = await bruno.GetJson("/api/v1/board");
        await bruno.CreateItem("claim", new { client = "Still open" });
        var item = await bruno.CreateItem("claim", new { client = "Board" });
        var v = (await bruno.FireOk(item.Id(), "StartInvestigation", 1)).Version();
        v = (await bruno.FireOk(item.Id(), "Resolve", v, new { verdict = "rejected", rootCause = "None", responsibleParty = "Client" })).Version();
        await bruno.FireOk(item.Id(), "Close", v);
        var after = await bruno.GetJson("/api/v1/board");
        Assert.Equal(before["doneTodayByWorkflow"]!["claim"]!.GetValue<int>() + 1, after["doneTodayByWorkflow"]!["claim"]!.GetValue<int>());
        var agent = after["agents"]!.AsArray().Single(a => (string?)a!["userName"] == "bruno")!;
        Assert.True(agent["done"]!.GetValue<int>() >= 1);
        Assert.True(agent["transitions"]!.GetValue<int>() >= 3);
        Assert.Contains(after["states"]!.AsArray(), s => (string?)s!["type"] == "claim" && (string?)s["state"] == "Registered");
    }
}

public sealed class QueuesApiTestsOnSqlite(OpsBoardServer server) : QueuesApiTests(server), IClassFixture<OpsBoardServer>;

public sealed class QueuesApiTestsOnPostgreSql(PostgreSqlServer server) : QueuesApiTests(server), IClassFixture<PostgreSqlServer>;
