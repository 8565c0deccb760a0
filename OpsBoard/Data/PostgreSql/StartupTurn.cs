using Npgsql;

namespace OpsBoard.Data.PostgreSql;

/// <summary>
/// Nodes started together take turns through start-up (schema, demo data): the first makes them, the next find them
/// made. A session advisory lock on a connection of its own, so a node that dies half-way frees the turn with its
/// session.
/// </summary>
public sealed class StartupTurn : IAsyncDisposable
{
    private const long Key = 0x4F70_7342_5374_6172;

    private readonly NpgsqlConnection? _connection;

    private StartupTurn(NpgsqlConnection? connection) => _connection = connection;

    /// <summary>Waits for this node's turn on PostgreSQL; on SQLite there is one node and no one to wait for.</summary>
    public static async Task<StartupTurn> TakeAsync(IConfiguration configuration, CancellationToken ct = default)
    {
        if (!DatabaseSettings.IsPostgreSql(configuration))
        {
            return new StartupTurn(null);
        }
        var own = new NpgsqlConnectionStringBuilder(DatabaseSettings.ConnectionString(configuration)) { Pooling = false };
        var connection = new NpgsqlConnection(own.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            take.Parameters.AddWithValue("key", Key);
            await take.ExecuteNonQueryAsync(ct);
            return new StartupTurn(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closing the session ends the turn.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
