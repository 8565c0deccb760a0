using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using OpsBoard.Board;
using OpsBoard.Clients;
using OpsBoard.Live;
using OpsBoard.Live.Nodes;
using OpsBoard.Tests.Clients;
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

    [Fact]
    public async Task A_node_that_cannot_reconnect_to_the_others_says_degraded_and_catches_up_once_it_can()
    {
        var listener = nodes.B.Services.GetRequiredService<NodeListener>();
        var carla = await nodes.B.ClientFor("carla");
        await using var hub = await RawHubClient.ConnectAsync(nodes.B.BaseAddress, await nodes.B.TokenFor("carla"));
        await hub.InvokeAsync("Subscribe", "board");
        var ana = await nodes.A.ClientFor("ana");
        var item = await ana.CreateItem("story", new { client = "Kept out" });
        await hub.ReceiveAsync("itemChanged", m => (long?)m["itemId"] == item.Id(), Soon);
        var database = new Npgsql.NpgsqlConnectionStringBuilder(nodes.A.ConnectionString).Database;

        // New sessions are refused (the pooled ones go on), so the listener, cut off, cannot come back yet.
        await OnServer($"ALTER DATABASE {database} WITH ALLOW_CONNECTIONS false");
        try
        {
            await nodes.A.Scalar($"SELECT pg_terminate_backend({listener.BackendPid})::int");
            Assert.Equal("Degraded", await Eventually.Value(() => Health(carla), h => h == "Degraded"));
            await ana.FireOk(item.Id(), "StartReview", 1);
            Assert.Equal("Degraded", await Health(carla));
        }
        finally
        {
            await OnServer($"ALTER DATABASE {database} WITH ALLOW_CONNECTIONS true");
        }

        var change = await hub.ReceiveAsync("itemChanged", m => (long?)m["itemId"] == item.Id() && (string?)m["trigger"] == "StartReview", Soon);
        Assert.Equal("InReview", (string?)change["toState"]);
        Assert.Equal("Healthy", await Eventually.Value(() => Health(carla), h => h == "Healthy"));
    }

    [Fact]
    public async Task A_client_made_a_priority_on_node_A_is_heard_on_node_B_and_marked_there()
    {
        var heard = new TaskCompletionSource<ClientChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        var carla = await nodes.A.ClientFor("carla");
        var client = await carla.RegisterClient(new { name = "Across " + ClientsKit.Tag(), segment = "company" });
        var id = client.Id();
        using var _ = nodes.B.Services.GetRequiredService<LiveBus>().SubscribeNotices(notice =>
        {
            if (notice is ClientChanged { Tier: ClientTier.Priority } change && change.ClientId == id)
            {
                heard.TrySetResult(change);
            }
            return Task.CompletedTask;
        });

        var changed = await carla.PutAsJsonAsync($"/api/v1/clients/{id}", new { name = (string)client["name"]!, segment = "company", tier = "priority" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("carla", (await heard.Task.WaitAsync(Soon)).Actor);
        Assert.True(nodes.B.Services.GetRequiredService<TierBook>().IsPriority(id));
    }

    /// <summary>Runs a statement from the server's own database, as an operator would on the one being changed.</summary>
    private async Task OnServer(string sql)
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(nodes.A.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new Npgsql.NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> Health(HttpClient client) => await (await client.GetAsync("/health")).Content.ReadAsStringAsync();

    private static BoardView Board(OpsBoardServer node) => node.Services.GetRequiredService<BoardProjection>().Snapshot();
}
