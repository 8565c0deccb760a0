using System.Threading.Channels;
using Npgsql;

namespace OpsBoard.Live.Nodes;

/// <summary>
/// Sends this node's notices on the nodes' channel, one after the other in the order they were published, from a
/// queue of its own so that no writer waits for it. A notice is sent after its commit (it has no history row to be
/// caught up from), so a node whose listener was cut off at that moment misses it; its screens read afresh at the next
/// item change.
/// </summary>
public sealed class NotifyNoticeRelay(string connectionString, NotifyCommitSignal signal, ILogger<NotifyNoticeRelay> logger)
    : BackgroundService, INoticeRelay
{
    private readonly Channel<LiveNotice> _pending = Channel.CreateUnbounded<LiveNotice>(new() { SingleReader = true });

    public void Forward(LiveNotice notice) => _pending.Writer.TryWrite(notice);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var notice in _pending.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                await using var send = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
                send.Parameters.AddWithValue("channel", NotifyCommitSignal.Channel);
                send.Parameters.AddWithValue("payload", NoticeWire.Write(signal.NodeId, notice));
                await send.ExecuteNonQueryAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or System.IO.IOException or TimeoutException)
            {
                logger.LogWarning(e, "A notice could not be sent to the other nodes: {Notice}", notice);
            }
        }
    }
}
