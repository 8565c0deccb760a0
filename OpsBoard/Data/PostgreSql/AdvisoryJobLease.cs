using System.Collections.Concurrent;
using Npgsql;

namespace OpsBoard.Data.PostgreSql;

/// <summary>
/// A background job runs on the node that holds its advisory lock, kept on a connection of its own for as long as
/// the node lives. The first node to ask gets it; when that node dies its session ends, the lock is free, and the
/// next node to ask takes the job over.
/// </summary>
public sealed class AdvisoryJobLease(string connectionString) : IJobLease, IDisposable
{
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly ConcurrentDictionary<string, bool> _held = new(StringComparer.Ordinal);
    private NpgsqlConnection? _connection;

    public async Task<bool> HoldsAsync(string job, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            if (_connection is null)
            {
                // A new session holds nothing: every lease is asked for again.
                _held.Clear();
                _connection = new NpgsqlConnection(_connectionString);
                await _connection.OpenAsync(cancellationToken);
            }
            // Held already: the round trip still proves the session, and with it the lock, is alive.
            await using var command = new NpgsqlCommand(_held.ContainsKey(job) ? "SELECT true" : "SELECT pg_try_advisory_lock(@space, @job)", _connection);
            if (!_held.ContainsKey(job))
            {
                var (space, key) = KeyOf(job);
                command.Parameters.AddWithValue("space", space);
                command.Parameters.AddWithValue("job", key);
            }
            var holds = (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
            if (holds)
            {
                _held[job] = true;
            }
            return holds;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // Not sure of the session: nobody runs the job on this node until it is.
            _connection?.Dispose();
            _connection = null;
            return false;
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose()
    {
        _connection?.Dispose();
        _turn.Dispose();
    }

    /// <summary>The two-part advisory lock key of a job.</summary>
    internal static (int Space, int Key) KeyOf(string job) => ((int)(NodeWriteLock.Key >> 32), StableHash(job));

    private static int StableHash(string text)
    {
        var hash = unchecked((int)2166136261);
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }
        return hash;
    }
}
