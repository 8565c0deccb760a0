using Npgsql;

namespace OpsBoard.Live.Nodes;

/// <summary>
/// LISTENs, on a connection of its own, for the commits of the other nodes and publishes them on this node's bus, in
/// commit order and once each. Losing the connection it reconnects with a growing pause and reads what it missed
/// from the history table, by id; <see cref="IsListening"/> is what /health reports.
/// </summary>
public sealed class NodeListener(string connectionString, NotifyCommitSignal signal, IServiceScopeFactory scopes, LiveBus bus,
    ILogger<NodeListener> logger) : BackgroundService
{
    private long _lastSeen = -1;

    public bool IsListening { get; private set; }

    /// <summary>The server process of the listening session, so an operator (or a test) can see which one it is.</summary>
    public int? BackendPid { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromMilliseconds(100);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken, () => pause = TimeSpan.FromMilliseconds(100));
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or System.IO.IOException or TimeoutException)
            {
                logger.LogWarning(e, "Lost the listener connection; catching up from history after reconnecting");
            }
            IsListening = false;
            BackendPid = null;
            await Task.Delay(pause, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
        }
    }

    private async Task ListenAsync(CancellationToken ct, Action connected)
    {
        await using var connection = NotifyCommitSignal.Open(connectionString);
        var notices = System.Threading.Channels.Channel.CreateUnbounded<string>();
        connection.Notification += (_, e) => notices.Writer.TryWrite(e.Payload);
        await connection.OpenAsync(ct);
        await using (var listen = new NpgsqlCommand($"LISTEN {NotifyCommitSignal.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }
        // Listening first, then reading: a commit in between is both read and announced, and the id keeps it single.
        if (_lastSeen < 0)
        {
            _lastSeen = await ReplayAsync(r => r.LastIdAsync(ct), ct);
        }
        await CatchUpAsync(null, ct);
        BackendPid = connection.ProcessID;
        IsListening = true;
        connected();
        while (!ct.IsCancellationRequested)
        {
            await connection.WaitAsync(TimeSpan.FromSeconds(10), ct);
            while (notices.Reader.TryRead(out var payload))
            {
                if (NoticeWire.Read(payload) is { } other)
                {
                    if (other.Node != signal.NodeId)
                    {
                        bus.PublishFromOtherNode(other.Notice);
                    }
                    continue;
                }
                if (NotifyCommitSignal.Parse(payload) is not { } notice)
                {
                    continue;
                }
                if (notice.Node == signal.NodeId)
                {
                    _lastSeen = Math.Max(_lastSeen, notice.LastId);
                    signal.Forget(_lastSeen);
                }
                else
                {
                    await CatchUpAsync(notice.LastId, ct);
                }
            }
        }
    }

    private async Task CatchUpAsync(long? upTo, CancellationToken ct)
    {
        while (true)
        {
            var rows = await ReplayAsync(r => r.ReadAsync(_lastSeen, upTo, ct), ct);
            if (rows.Count == 0)
            {
                return;
            }
            foreach (var (id, change) in rows)
            {
                if (!signal.IsOwn(id))
                {
                    bus.Publish(change);
                }
                _lastSeen = id;
            }
            signal.Forget(_lastSeen);
        }
    }

    private async Task<T> ReplayAsync<T>(Func<HistoryReplay, Task<T>> read, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<HistoryReplay>());
    }
}
