using OpsBoard.Bench.Clients;
using OpsBoard.Bench.Seeding;
using OpsBoard.Bench.Serve;

namespace OpsBoard.Bench.Postgres;

/// <summary>
/// App nodes as processes on one PostgreSQL database, sharing a keys and files folder: the first migrates and seeds
/// the demo team, the database is then filled in bulk, and the nodes start one after the other.
/// </summary>
public sealed class PgDeployment : IAsyncDisposable
{
    private PgDeployment(List<ServerProcess> nodes) => Nodes = nodes;

    public IReadOnlyList<ServerProcess> Nodes { get; }

    public static async Task<PgDeployment> StartAsync(PgCluster cluster, string directory, string name, SeedPlan plan, int nodes)
    {
        var connection = cluster.NewDatabase(name);
        var shared = new Dictionary<string, string>
        {
            ["OpsBoard:KeysPath"] = Path.Combine(directory, name, "keys"),
            ["OpsBoard:Files:Path"] = Path.Combine(directory, name, "files"),
        };
        await (await ServerProcess.StartAsync(connection, shared)).DisposeAsync();
        await PgSeeder.SeedAsync(connection, plan);
        var started = new List<ServerProcess>();
        for (var n = 0; n < nodes; n++)
        {
            var settings = new Dictionary<string, string>(shared) { [ProductServer.SeedsVariable] = n == 0 ? "true" : "false" };
            started.Add(await ServerProcess.StartAsync(connection, settings));
        }
        return new PgDeployment(started);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }
    }
}
