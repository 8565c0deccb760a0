using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Live;

public sealed class OpsHubTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task A_client_subscribed_to_the_board_receives_itemChanged_for_a_transition_made_through_the_API()
    {
        await using var hub = await RawHubClient.ConnectAsync(server.BaseAddress, await server.TokenFor("carla"));
        await hub.InvokeAsync("Subscribe", "board");
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("story", new { client = "Оптторг ООО" });
        await ana.FireOk(item.Id(), "StartReview", 1);

        var change = await hub.ReceiveAsync("itemChanged", m => (long?)m["itemId"] == item.Id() && (string?)m["trigger"] == "StartReview", TimeSpan.FromSeconds(5));
        Assert.Equal("story", (string?)change["type"]);
        Assert.Equal("Received", (string?)change["fromState"]);
        Assert.Equal("InReview", (string?)change["toState"]);
        Assert.Equal(2, (int?)change["version"]);
        Assert.Equal("ana", (string?)change["actor"]);
        Assert.NotNull(change["at"]);
        Assert.NotNull(change["slaDueAt"]);
        Assert.True(((System.Text.Json.Nodes.JsonObject)change).ContainsKey("assignee"));
    }

    [Fact]
    public async Task Item_and_queue_topics_receive_only_their_changes()
    {
        var ana = await server.ClientFor("ana");
        var watched = await ana.CreateItem("claim", new { client = "Watched" });
        var other = await ana.CreateItem("claim", new { client = "Other" });
        await using var itemHub = await RawHubClient.ConnectAsync(server.BaseAddress, await server.TokenFor("bruno"));
        await itemHub.InvokeAsync("Subscribe", $"item:{watched.Id()}");
        await using var queueHub = await RawHubClient.ConnectAsync(server.BaseAddress, await server.TokenFor("bruno"));
        await queueHub.InvokeAsync("Subscribe", "queue:claims");

        await ana.FireOk(other.Id(), "StartInvestigation", 1);
        await ana.FireOk(watched.Id(), "StartInvestigation", 1);

        var first = await itemHub.ReceiveAsync("itemChanged", _ => true, TimeSpan.FromSeconds(5));
        Assert.Equal(watched.Id(), (long?)first["itemId"]);
        var queued = await queueHub.ReceiveAsync("itemChanged", m => (long?)m["itemId"] == watched.Id(), TimeSpan.FromSeconds(5));
        Assert.Equal("Investigating", (string?)queued["toState"]);
    }

    [Fact]
    public async Task The_hub_refuses_a_connection_without_a_token()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => RawHubClient.ConnectAsync(server.BaseAddress, "not-a-token"));
    }

    [Fact]
    public async Task Subscribing_to_an_unknown_topic_is_an_error()
    {
        await using var hub = await RawHubClient.ConnectAsync(server.BaseAddress, await server.TokenFor("ana"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => hub.InvokeAsync("Subscribe", "everything"));
    }
}
