using System.Net.Http.Json;
using Npgsql;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Deployment;

/// <summary>A node killed outright behind nginx: its users land on the other node and no acknowledged write is lost.</summary>
public sealed class NodeLossThroughNginxTests(ProxiedCluster cluster) : IClassFixture<ProxiedCluster>
{
    private readonly TaskCompletionSource _killed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task After_kill_9_of_node_A_node_B_keeps_taking_writes_and_every_acknowledged_write_is_stored()
    {
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
