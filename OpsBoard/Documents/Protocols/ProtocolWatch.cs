using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Live;

namespace OpsBoard.Documents.Protocols;

/// <summary>
/// The protocols still out and when each is due back, kept in memory from committed changes: the board and the
/// wallboard read the late count every few seconds, and a protocol turns late with time alone, so it is counted
/// against the clock at each read rather than stored.
/// </summary>
public sealed class ProtocolWatch(ProtocolLateness lateness, TimeProvider clock)
{
    private readonly ConcurrentDictionary<long, DateTimeOffset> _out = new();

    public async Task LoadAsync(OpsBoardDbContext db, CancellationToken ct = default)
    {
        var open = await db.Protocols.AsNoTracking().Where(p => p.SignedBackOn == null).ToListAsync(ct);
        _out.Clear();
        foreach (var protocol in open)
        {
            _out[protocol.Number] = lateness.DueAt(protocol);
        }
    }

    public void Apply(LiveNotice notice)
    {
        if (notice is not ProtocolChanged change)
        {
            return;
        }
        if (change.SignedBack)
        {
            _out.TryRemove(change.Number, out _);
        }
        else
        {
            _out[change.Number] = change.DueAt;
        }
    }

    /// <summary>How many protocols are out past their business days now.</summary>
    public int LateCount()
    {
        var now = clock.GetUtcNow();
        return _out.Values.Count(due => now > due);
    }
}
