using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsBoard.Data;
using OpsBoard.Data.PostgreSql;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Data;

/// <summary>Two nodes writing to one PostgreSQL database at once: the database, not one process, keeps the rules.</summary>
public sealed class PostgreSqlWritesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task Twenty_racing_transitions_from_one_version_across_two_nodes_give_exactly_one_success()
    {
        var item = await (await nodes.A.ClientFor("ana")).CreateItem("operation", new { client = "Race across nodes", amount = 500 });
        var clients = await Task.WhenAll(Enumerable.Range(0, 20).Select(n => Node(n).ClientFor(n % 4 < 2 ? "ana" : "bruno")));

        var responses = await Task.WhenAll(clients.Select(c => c.Fire(item.Id(), "Identify", 1)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(2, await nodes.A.Scalar($"SELECT COUNT(*) FROM \"ItemHistory\" WHERE \"ItemId\" = {item.Id()}"));
        Assert.Equal(2, await nodes.B.Scalar($"SELECT \"Version\" FROM \"Items\" WHERE \"Id\" = {item.Id()}"));
    }

    [Fact]
    public async Task Agents_on_both_nodes_taking_next_never_get_one_item_twice()
    {
        var ana = await nodes.A.ClientFor("ana");
        for (var n = 0; n < 60; n++)
        {
            await ana.CreateItem("claim", new { client = $"Two nodes {n}" });
        }
        var agents = await Task.WhenAll(Enumerable.Range(0, 70).Select(n => Node(n).ClientFor(n % 4 < 2 ? "ana" : "bruno")));

        var responses = await Task.WhenAll(agents.Select(a => a.PostAsync("/api/v1/queues/claims/next", null)));

        var given = await Task.WhenAll(responses.Where(r => r.StatusCode == HttpStatusCode.OK).Select(async r => (await r.Json()).Id()));
        Assert.Empty(responses.Where(r => r.StatusCode is not HttpStatusCode.OK and not HttpStatusCode.NoContent)
            .Select(r => $"{r.RequestMessage?.RequestUri} {(int)r.StatusCode} {r.Content.ReadAsStringAsync().Result}"));
        Assert.Equal(60, given.Length);
        Assert.Equal(60, given.Distinct().Count());
        Assert.Equal(0, await nodes.B.Scalar(
            "SELECT COUNT(*) FROM (SELECT \"ItemId\" FROM \"ItemHistory\" WHERE \"Trigger\" = 'Take' GROUP BY \"ItemId\" HAVING COUNT(*) > 1) AS t"));
        Assert.Equal(0, await nodes.A.Scalar("SELECT COUNT(*) FROM \"Items\" WHERE \"QueueKey\" = 'claims' AND \"Assignee\" IS NULL AND \"DoneAt\" IS NULL"));
    }

    [Fact]
    public async Task New_clients_made_on_both_nodes_at_once_get_codes_of_their_own()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 20).Select(n => Node(n).ClientFor("ana")));

        var created = await Task.WhenAll(clients.Select((c, n) => c.CreateItem("claim", new { client = $"Numbered Client {n:00}" })));

        Assert.Equal(20, created.Select(i => i.Id()).Distinct().Count());
        Assert.Equal(20, await nodes.A.Scalar("SELECT COUNT(DISTINCT \"Code\") FROM \"Clients\" WHERE \"Name\" LIKE 'Numbered Client %'"));
        Assert.Equal(20, await nodes.B.Scalar("SELECT COUNT(*) FROM \"Clients\" WHERE \"Name\" LIKE 'Numbered Client %'"));
    }

    [Fact]
    public async Task A_background_job_runs_on_one_node_and_moves_to_another_when_its_node_dies()
    {
        var onA = nodes.A.Services.GetRequiredService<IJobLease>();
        var onB = nodes.B.Services.GetRequiredService<IJobLease>();
        Assert.Equal(1, (await onA.HoldsAsync("sweep", default) ? 1 : 0) + (await onB.HoldsAsync("sweep", default) ? 1 : 0));
        Assert.Equal(1, (await onB.HoldsAsync("sweep", default) ? 1 : 0) + (await onA.HoldsAsync("sweep", default) ? 1 : 0));

        using (var dying = new AdvisoryJobLease(nodes.A.ConnectionString))
        {
            Assert.True(await dying.HoldsAsync("report", default));
            Assert.False(await onA.HoldsAsync("report", default));
            Assert.False(await onB.HoldsAsync("report", default));
        }
        await UntilFreeAsync("report");

        Assert.Equal(1, (await onA.HoldsAsync("report", default) ? 1 : 0) + (await onB.HoldsAsync("report", default) ? 1 : 0));
    }

    /// <summary>Waits, in the server, until the dead node's session has let go of the job's lock.</summary>
    private async Task UntilFreeAsync(string job)
    {
        var (space, key) = AdvisoryJobLease.KeyOf(job);
        await using var connection = new NpgsqlConnection(nodes.A.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({space}, {key}); SELECT pg_advisory_unlock({space}, {key});", connection);
        await command.ExecuteNonQueryAsync();
    }

    private PostgreSqlServer Node(int n) => n % 2 == 0 ? nodes.A : nodes.B;
}
