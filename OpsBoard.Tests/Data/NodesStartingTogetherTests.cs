using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Data;

/// <summary>Nodes of a deployment started at the same moment on an empty PostgreSQL database, as after a fresh install.</summary>
public sealed class NodesStartingTogetherTests
{
    [Fact]
    public async Task Three_nodes_started_at_once_on_an_empty_database_all_come_up_over_one_schema_and_one_demo_team()
    {
        var database = PostgresCluster.NewDatabase();
        var nodes = new[] { new PostgreSqlServer(database), new PostgreSqlServer(database), new PostgreSqlServer(database) };
        try
        {
            await Task.WhenAll(nodes.Select(n => Task.Run(() => ((IAsyncLifetime)n).InitializeAsync())));

            Assert.Equal(1, await nodes[0].Scalar("SELECT COUNT(*) FROM \"Users\" WHERE \"UserName\" = 'ana'"));
            Assert.Equal(
                await nodes[0].Scalar("SELECT COUNT(DISTINCT \"MigrationId\") FROM \"__EFMigrationsHistory\""),
                await nodes[0].Scalar("SELECT COUNT(*) FROM \"__EFMigrationsHistory\""));
            foreach (var node in nodes)
            {
                var ana = await node.ClientFor("ana");
                Assert.True((await ana.GetAsync("/api/v1/items?pageSize=1")).IsSuccessStatusCode);
            }
        }
        finally
        {
            foreach (var node in nodes)
            {
                await ((IAsyncLifetime)node).DisposeAsync();
            }
        }
    }
}
