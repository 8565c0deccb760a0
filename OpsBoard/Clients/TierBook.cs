using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Live;

namespace OpsBoard.Clients;

/// <summary>
/// The priority clients, held in memory for the screens that mark their items (the board's counts, the queue rows)
/// without a join per row; loaded at start and changed whenever a client's tier is saved here. Take-next reads the
/// table itself, so what it serves never depends on this copy.
/// </summary>
public sealed class TierBook
{
    private ImmutableHashSet<long> _priority = [];

    public bool IsPriority(long? clientId) => clientId is { } id && _priority.Contains(id);

    public async Task LoadAsync(OpsBoardDbContext db, CancellationToken ct = default) =>
        _priority = [.. await db.Clients().AsNoTracking().Where(c => c.Tier == ClientTier.Priority).Select(c => c.Id).ToListAsync(ct)];

    /// <summary>Follows every saved tier, this node's and, on several nodes, the others'.</summary>
    public IDisposable Follow(LiveBus bus) => bus.SubscribeNoticesInline(notice =>
    {
        if (notice is ClientChanged { Tier: { } tier } change)
        {
            Set(change.ClientId, tier);
        }
    });

    internal void Set(long clientId, ClientTier tier) =>
        ImmutableInterlocked.Update(ref _priority, set => tier == ClientTier.Priority ? set.Add(clientId) : set.Remove(clientId));
}
