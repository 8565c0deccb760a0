using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpsBoard.Data;

namespace OpsBoard.History;

/// <summary>The last row of the chain: the id and hash the next history row links to.</summary>
public sealed record ChainLink(long Id, string Hash)
{
    public static ChainLink Genesis { get; } = new(0, HistoryHash.Genesis);
}

/// <summary>
/// Holds the chain's last link in memory, so a command does not read it back for every row it writes. Only used
/// inside the write gate, which is what makes one global chain in id order cheap. While a transaction is open the
/// link is unknown; its outcome settles it, and if the outcome is unknown (a failure) the next write reads it again.
/// </summary>
public sealed class HistoryChain
{
    private ChainLink? _tip;

    /// <summary>Starts sealing the rows of the context's current transaction, which the caller has begun inside the write gate.</summary>
    public async Task<HistorySeal> OpenAsync(OpsBoardDbContext db, CancellationToken ct)
    {
        // Other nodes write to a PostgreSQL database too: there the tip is read afresh, inside the nodes' shared gate.
        var start = (db is Data.PostgreSql.PostgreSqlDbContext ? null : _tip) ?? await ReadTipAsync(db, ct);
        _tip = null;
        return new HistorySeal(this, start);
    }

    internal void Settle(ChainLink tip) => _tip = tip;

    private static async Task<ChainLink> ReadTipAsync(OpsBoardDbContext db, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "SELECT \"Id\", \"Hash\" FROM \"ItemHistory\" ORDER BY \"Id\" DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new ChainLink(reader.GetInt64(0), reader.GetString(1)) : ChainLink.Genesis;
    }
}
