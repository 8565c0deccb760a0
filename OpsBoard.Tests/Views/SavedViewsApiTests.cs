using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Views;

public sealed class SavedViewsApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    private static async Task<JsonNode> Save(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/views", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Json();
    }

    private static async Task<JsonArray> Views(HttpClient client, string list) => (await client.GetJson($"/api/v1/views?list={list}")).AsArray();

    [Fact]
    public async Task A_saved_view_comes_back_with_its_filters_and_order_and_saving_the_same_name_replaces_it()
    {
        var carla = await server.ClientFor("carla");
        await Save(carla, new { list = "queues", name = "Late claims", filters = new { queue = "claims", q = "late" }, sort = "due", descending = true });
        var replaced = await Save(carla, new { list = "queues", name = "Late claims", filters = new { queue = "claims", q = "very late" }, sort = "title" });

        var mine = (await Views(carla, "queues")).Where(v => (string?)v!["name"] == "Late claims").ToList();

        var view = Assert.Single(mine)!;
        Assert.Equal(replaced.Id(), view.Id());
        Assert.Equal("claims", (string?)view["filters"]!["queue"]);
        Assert.Equal("very late", (string?)view["filters"]!["q"]);
        Assert.Equal("title", (string?)view["sort"]);
        Assert.False(view["descending"]!.GetValue<bool>());
        Assert.True(view["mine"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_shared_view_is_listed_for_the_team_but_a_private_one_is_not()
    {
        var carla = await server.ClientFor("carla");
        await Save(carla, new { list = "items", name = "Team board", filters = new { type = "claim" }, shared = true });
        await Save(carla, new { list = "items", name = "Carla only", filters = new { type = "story" } });
        var ana = await server.ClientFor("ana");

        var seen = await Views(ana, "items");

        var shared = Assert.Single(seen, v => (string?)v!["name"] == "Team board")!;
        Assert.Equal("carla", (string?)shared["owner"]);
        Assert.False(shared["mine"]!.GetValue<bool>());
        Assert.DoesNotContain(seen, v => (string?)v!["name"] == "Carla only");
    }

    [Fact]
    public async Task Deleting_someone_elses_shared_view_is_refused_and_the_owner_may_delete_it()
    {
        var carla = await server.ClientFor("carla");
        var view = await Save(carla, new { list = "deposits", name = "Open ones", filters = new { status = "open" }, shared = true });
        var secret = await Save(carla, new { list = "deposits", name = "Mine alone", filters = new { status = "all" } });
        var bruno = await server.ClientFor("bruno");

        var refused = await bruno.DeleteAsync($"/api/v1/views/{view.Id()}");
        var hidden = await bruno.DeleteAsync($"/api/v1/views/{secret.Id()}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("carla", (string?)(await refused.Json())["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(2, await server.Scalar($"SELECT COUNT(*) FROM SavedViews WHERE Id IN ({view.Id()}, {secret.Id()})"));
        Assert.Equal(HttpStatusCode.NoContent, (await carla.DeleteAsync($"/api/v1/views/{view.Id()}")).StatusCode);
        Assert.DoesNotContain(await Views(bruno, "deposits"), v => v!.Id() == view.Id());
    }

    [Theory]
    [InlineData("nowhere", "A", null, "list")]
    [InlineData("queues", "", null, "name")]
    [InlineData("queues", "Too long", "title", "filters.title")]
    [InlineData("queues", "Odd sort", null, "sort")]
    public async Task A_view_that_cannot_be_saved_is_refused_with_the_reason_and_nothing_is_written(string list, string name, string? badFilter, string field)
    {
        var carla = await server.ClientFor("carla");
        var before = await server.Scalar("SELECT COUNT(*) FROM SavedViews");
        object filters = badFilter is null ? new { q = "x" } : new Dictionary<string, string> { [badFilter] = "x" };
        var sort = field == "sort" ? "colour" : null;

        var response = await carla.PostAsJsonAsync("/api/v1/views", new { list, name, filters, sort });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await response.Json())["errors"]![field]);
        Assert.Equal(before, await server.Scalar("SELECT COUNT(*) FROM SavedViews"));
    }

    [Fact]
    public async Task Filters_that_are_not_an_object_of_short_texts_are_refused()
    {
        var carla = await server.ClientFor("carla");

        var notObject = await carla.PostAsJsonAsync("/api/v1/views", new { list = "queues", name = "Array", filters = new[] { "claims" } });
        var nested = await carla.PostAsJsonAsync("/api/v1/views", new { list = "queues", name = "Nested", filters = new { queue = new { key = "claims" } } });
        var longName = await carla.PostAsJsonAsync("/api/v1/views", new { list = "queues", name = new string('n', 81) });

        Assert.NotNull((await notObject.Json())["errors"]!["filters"]);
        Assert.NotNull((await nested.Json())["errors"]!["filters.queue"]);
        Assert.NotNull((await longName.Json())["errors"]!["name"]);
    }
}
