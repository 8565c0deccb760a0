using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Items.Bulk;

public sealed class BulkApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    private static async Task<JsonArray> Bulk(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/items/bulk", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Json())["lines"]!.AsArray();
    }

    [Fact]
    public async Task A_bulk_move_moves_each_item_and_reports_the_one_someone_else_moved_first_with_its_reason()
    {
        var carla = await server.ClientFor("carla");
        var items = new List<JsonObject>();
        for (var i = 0; i < 3; i++)
        {
            items.Add(await carla.CreateItem("operation", new { client = $"Bulk {i}", amount = 100 + i }, $"Bulk move {i}"));
        }
        var ana = await server.ClientFor("ana");
        await ana.FireOk(items[1].Id(), "Identify", 1);

        var lines = await Bulk(carla, new { action = "move", trigger = "Identify", note = "morning sweep", items = items.Select(i => new { id = i.Id(), expectedVersion = 1 }) });

        Assert.Equal(items.Select(i => i.Id()), lines.Select(l => l!["itemId"]!.GetValue<long>()));
        Assert.Equal([true, false, true], lines.Select(l => l!["done"]!.GetValue<bool>()));
        Assert.Equal("AwaitingPayment", (string?)lines[0]!["state"]);
        Assert.Equal("stale", (string?)lines[1]!["status"]);
        Assert.Contains("version 2", (string?)lines[1]!["reason"], StringComparison.Ordinal);
        foreach (var moved in new[] { items[0], items[2] })
        {
            var last = (await carla.GetJson($"/api/v1/items/{moved.Id()}/history")).AsArray().Last()!;
            Assert.Equal("Identify", (string?)last["trigger"]);
            Assert.Equal("carla", (string?)last["actor"]);
            Assert.Equal("morning sweep", (string?)last["note"]);
        }
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {items[1].Id()} AND Trigger = 'Identify'"));
    }

    [Fact]
    public async Task A_bulk_assign_gives_the_items_to_the_agent_and_says_which_one_was_already_theirs()
    {
        var carla = await server.ClientFor("carla");
        var first = await carla.CreateItem("claim", new { client = "A" }, "Bulk assign 1");
        var second = await carla.CreateItem("claim", new { client = "B" }, "Bulk assign 2");
        var held = await carla.PostAsJsonAsync($"/api/v1/items/{second.Id()}/assignment", new { assignee = "bruno", expectedVersion = 1 });
        var heldVersion = (await held.Json()).Version();
        carla.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pt-BR");

        var lines = await Bulk(carla, new { action = "assign", assignee = "bruno", items = new[] { new { id = first.Id(), expectedVersion = 1 }, new { id = second.Id(), expectedVersion = heldVersion } } });

        Assert.True(lines[0]!["done"]!.GetValue<bool>());
        Assert.Equal("bruno", (string?)lines[0]!["assignee"]);
        Assert.False(lines[1]!["done"]!.GetValue<bool>());
        Assert.Contains("bruno", (string?)lines[1]!["reason"], StringComparison.Ordinal);
        Assert.DoesNotContain("already", (string?)lines[1]!["reason"], StringComparison.Ordinal);
        Assert.Equal("bruno", (string?)(await carla.GetJson($"/api/v1/items/{first.Id()}"))["assignee"]);
    }

    [Fact]
    public async Task An_agent_may_not_act_in_bulk_and_a_bad_request_changes_nothing()
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("claim", new { client = "C" }, "Bulk refused");
        var carla = await server.ClientFor("carla");

        var agent = await ana.PostAsJsonAsync("/api/v1/items/bulk", new { action = "assign", assignee = "ana", items = new[] { new { id = item.Id(), expectedVersion = 1 } } });
        var noTrigger = await carla.PostAsJsonAsync("/api/v1/items/bulk", new { action = "move", items = new[] { new { id = item.Id(), expectedVersion = 1 } } });
        var twice = await carla.PostAsJsonAsync("/api/v1/items/bulk", new { action = "assign", items = new[] { new { id = item.Id(), expectedVersion = 1 }, new { id = item.Id(), expectedVersion = 1 } } });

        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal("application/problem+json", agent.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await noTrigger.Json())["errors"]!["trigger"]);
        Assert.NotNull((await twice.Json())["errors"]!["items"]);
        Assert.Equal(1, (await ana.GetJson($"/api/v1/items/{item.Id()}")).Version());
    }
}
