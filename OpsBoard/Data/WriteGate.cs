namespace OpsBoard.Data;

/// <summary>
/// SQLite has one writer at a time; queueing writers here is cheaper than letting them spin on
/// SQLITE_BUSY. It also keeps events in commit order. Correctness still rests on the version check.
/// On PostgreSQL the gate also holds the database's write lock (<see cref="PostgreSql.NodeWriteLock"/>), so the
/// nodes sharing the database take turns too: what one reads inside the gate no other node changes before it writes.
/// </summary>
public sealed class WriteGate(IWriteLock? nodes) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        if (nodes is null)
        {
            return new Release(_gate, null);
        }
        try
        {
            await nodes.AcquireAsync(cancellationToken);
        }
        catch
        {
            _gate.Release();
            throw;
        }
        return new Release(_gate, nodes);
    }

    public void Dispose()
    {
        _gate.Dispose();
        (nodes as IDisposable)?.Dispose();
    }

    private sealed class Release(SemaphoreSlim gate, IWriteLock? nodes) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                nodes?.Release();
                gate.Release();
            }
        }
    }
}

/// <summary>A lock shared by every node on one database, taken after the node's own gate.</summary>
public interface IWriteLock
{
    Task AcquireAsync(CancellationToken cancellationToken);

    void Release();
}
