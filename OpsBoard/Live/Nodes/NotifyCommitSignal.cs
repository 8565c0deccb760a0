using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpsBoard.Data;

namespace OpsBoard.Live.Nodes;

/// <summary>
/// PostgreSQL's NOTIFY sent in the committing transaction: "node id:last history id". It remembers the rows this node
/// wrote, so the listener, catching up by id, never publishes twice what the local bus published after the commit.
/// </summary>
public sealed class NotifyCommitSignal : ICommitSignal
{
    public const string Channel = "opsboard_events";

    private readonly ConcurrentDictionary<long, byte> _own = new();

    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    public async Task SignalAsync(OpsBoardDbContext db, IReadOnlyList<long> historyIds, CancellationToken ct)
    {
        if (historyIds.Count == 0)
        {
            return;
        }
        foreach (var id in historyIds)
        {
            _own[id] = 0;
        }
        var payload = $"{NodeId}:{historyIds.Max()}";
        await db.Database.ExecuteSqlRawAsync("SELECT pg_notify({0}, {1})", [Channel, payload], ct);
    }

    public void Abandoned(IReadOnlyList<long> historyIds)
    {
        foreach (var id in historyIds)
        {
            _own.TryRemove(id, out _);
        }
    }

    public bool IsOwn(long historyId) => _own.ContainsKey(historyId);

    /// <summary>Rows up to <paramref name="lastSeen"/> are behind the listener: it needs their marks no more.</summary>
    public void Forget(long lastSeen)
    {
        foreach (var id in _own.Keys.Where(k => k <= lastSeen))
        {
            _own.TryRemove(id, out _);
        }
    }

    internal static (string Node, long LastId)? Parse(string payload) =>
        payload.Split(':') is [var node, var id] && long.TryParse(id, out var last) ? (node, last) : null;

    internal static NpgsqlConnection Open(string connectionString) =>
        new(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 5 }.ConnectionString);
}
