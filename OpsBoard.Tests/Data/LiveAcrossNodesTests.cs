using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Board;
using OpsBoard.Live.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Data;

/// <summary>Two nodes on one PostgreSQL database: a change committed on one reaches the screens and counters of the other.</summary>
public sealed class LiveAcrossNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_transition_made_on_node_A_reaches_a_hub_client_and_the_board_on_node_B()
    {
        await using var hub = await RawHubClient.ConnectAsync(nodes.B.BaseAddress, await nodes.B.TokenFor("carla"));
        await hub.InvokeAsync("Subscribe", "board");
        var ana = await nodes.A.ClientFor("ana");
        var item = await ana.CreateItem("story", new { client = "Across nodes" });
        await hub.ReceiveAsync("itemChanged", m => (long?)m["itemId"] == item.Id(), Soon);

        await ana.FireOk(item.Id(), "StartReview", 1);

        var change = await hub.ReceiveAsync("itemChanged", m => (long?)m["itemId"] == item.Id() && (string?)m["trigger"] == "StartReview", Soon);
        Assert.Equal("Received", (string?)change["fromState"]);
        Assert.Equal("InReview", (string?)change["toState"]);
        Assert.Equal(2, (int?)change["version"]);
        Assert.Equal("ana", (string?)change["actor"]);
        var onA = Board(nodes.A);
        var onB = Board(nodes.B);
        Assert.Equal(onA.Open, onB.Open);
        Assert.Equal(onA.Queues.Select(q => (q.Key, q.Open)), onB.Queues.Select(q => (q.Key, q.Open)));
    }

    [Fact]
    public async Task A_change_made_while_the_listener_was_cut_off_is_caught_up_from_history()
    {
        var listener = nodes.B.Services.GetRequiredService<NodeListener>();
        await using var hub = await RawHubClient.ConnectAsync(nodes.B.BaseAddress, await nodes.B.TokenFor("carla"));
        await hub.InvokeAsync("Subscribe", "board");
        var ana = await nodes.A.ClientFor("ana");
        var item = await ana.CreateItem("story", new { client = "Cut off" });
        await hub.ReceiveAsync("itemChanged", m => (long?)m["itemId"] == item.Id(), Soon);
        var pid = listener.BackendPid;
        Assert.NotNull(pid);

        Assert.Equal(1, await nodes.A.Scalar($"SELECT COUNT(*) FROM pg_stat_activity WHERE pid = {pid}"));
        await nodes.A.Scalar($"SELECT pg_terminate_backend({pid})::int");
        await ana.FireOk(item.Id(), "StartReview", 1);

        var change = await hub.ReceiveAsync("itemChanged", m => (long?)m["itemId"] == item.Id() && (string?)m["trigger"] == "StartReview", Soon);
        Assert.Equal("InReview", (string?)change["toState"]);
        Assert.NotEqual(pid, listener.BackendPid);
        Assert.Equal(HttpStatusCode.OK, (await (await nodes.B.ClientFor("carla")).GetAsync("/health")).StatusCode);
    }

    private static BoardView Board(OpsBoardServer node) => node.Services.GetRequiredService<BoardProjection>().Snapshot();
}
