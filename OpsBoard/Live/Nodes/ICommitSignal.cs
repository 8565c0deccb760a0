using OpsBoard.Data;

namespace OpsBoard.Live.Nodes;

/// <summary>
/// Tells the other nodes, from inside the committing transaction, which history rows it wrote: sent that way, the
/// signal goes out only if the transaction commits, and in commit order. One node alone needs none.
/// </summary>
public interface ICommitSignal
{
    Task SignalAsync(OpsBoardDbContext db, IReadOnlyList<long> historyIds, CancellationToken ct);

    /// <summary>The transaction did not commit after all: its rows are not this node's.</summary>
    void Abandoned(IReadOnlyList<long> historyIds);
}

/// <summary>On SQLite there is one node, and its bus already reaches every screen.</summary>
public sealed class NoCommitSignal : ICommitSignal
{
    public Task SignalAsync(OpsBoardDbContext db, IReadOnlyList<long> historyIds, CancellationToken ct) => Task.CompletedTask;

    public void Abandoned(IReadOnlyList<long> historyIds)
    {
    }
}
