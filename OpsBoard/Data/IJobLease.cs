namespace OpsBoard.Data;

/// <summary>Whether this node is the one that runs a background job now; of the nodes on one database, one at a time is.</summary>
public interface IJobLease
{
    Task<bool> HoldsAsync(string job, CancellationToken cancellationToken);
}

/// <summary>SQLite: one node, which runs every job.</summary>
public sealed class OneNodeJobLease : IJobLease
{
    public Task<bool> HoldsAsync(string job, CancellationToken cancellationToken) => Task.FromResult(true);
}
