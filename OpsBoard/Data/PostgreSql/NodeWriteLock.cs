using Npgsql;

namespace OpsBoard.Data.PostgreSql;

/// <summary>
/// The write gate across nodes: a session advisory lock, held on a connection of its own while a node is inside its
/// gate. A node that dies loses its session and so the lock: the others never wait on a dead node.
/// </summary>
public sealed class NodeWriteLock(string connectionString) : IWriteLock, IDisposable
{
    /// <summary>The advisory lock's key; advisory locks are per database, so one key serves every deployment.</summary>
    internal const long Key = 0x4F70_7342_6F61_7264;

    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
    private NpgsqlConnection? _connection;

    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_connection is null)
            {
                _connection = new NpgsqlConnection(_connectionString);
                await _connection.OpenAsync(cancellationToken);
            }
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", _connection);
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            Drop();
            throw;
        }
    }

    public void Release()
    {
        try
        {
            using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection);
            command.Parameters.AddWithValue("key", Key);
            command.ExecuteNonQuery();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // Closing the session is what frees the lock then.
            Drop();
        }
    }

    public void Dispose() => Drop();

    private void Drop()
    {
        _connection?.Dispose();
        _connection = null;
    }
}
