using OpsBoard.Bench.Clients;
using OpsBoard.Bench.Seeding;

namespace OpsBoard.Bench.Postgres;

/// <summary>The SQLite baseline of the PostgreSQL run: one node on a file, migrated by a first start, then seeded in bulk.</summary>
public static class SqliteNode
{
    public static async Task<ServerProcess> StartAsync(string path, SeedPlan plan)
    {
        await (await ServerProcess.StartAsync(path)).DisposeAsync();
        await BulkSeeder.SeedAsync(path, plan);
        return await ServerProcess.StartAsync(path);
    }
}
