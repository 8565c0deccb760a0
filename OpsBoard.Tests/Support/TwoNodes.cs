namespace OpsBoard.Tests.Support;

/// <summary>Two app instances on one PostgreSQL database, as two nodes behind a proxy are: each with its own gate, bus and caches.</summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public TwoNodes()
    {
        var database = PostgresCluster.NewDatabase();
        A = new PostgreSqlServer(database);
        B = new PostgreSqlServer(database);
    }

    public PostgreSqlServer A { get; }

    public PostgreSqlServer B { get; }

    public async Task InitializeAsync()
    {
        // The first node makes the schema and the demo team; the second finds them there.
        await ((IAsyncLifetime)A).InitializeAsync();
        await ((IAsyncLifetime)B).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)B).DisposeAsync();
        await ((IAsyncLifetime)A).DisposeAsync();
    }
}
