using System.Data.Common;
using OpsBoard.Api;

namespace OpsBoard.History;

/// <summary>What a check of the chain found: how many rows it read and the first that does not hold, with why.</summary>
public sealed record ChainReport(bool Ok, long CheckedRows, long? FirstBrokenRowId, string? Reason, string LastHash);

/// <summary>
/// Reads the whole history in id order in one statement (one snapshot, while the server goes on writing) and
/// recomputes every hash: a row whose content changed no longer matches its hash, and a row deleted or
/// re-hashed leaves the next row pointing at a hash that is not its predecessor's.
/// </summary>
public static class HistoryVerifier
{
    public static async Task<ChainReport> VerifyAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = ChainRow.Select + " ORDER BY \"Id\"";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var previous = HistoryHash.Genesis;
        long count = 0;
        while (await reader.ReadAsync(ct))
        {
            var row = ChainRow.Read(reader);
            count++;
            if (Broken(row, previous) is { } reason)
            {
                return new ChainReport(false, count, row.Id, reason, previous);
            }
            previous = row.Hash;
        }
        return new ChainReport(true, count, null, null, previous);
    }

    private static string? Broken(ChainRow row, string previous)
    {
        if (row.Hash.Length == 0)
        {
            return ApiText.Format("ChainRowUnsealed", row.Id);
        }
        if (!string.Equals(row.PreviousHash, previous, StringComparison.Ordinal))
        {
            return ApiText.Format("ChainLinkBroken", row.Id);
        }
        return string.Equals(HistoryHash.Of(row.Content, previous), row.Hash, StringComparison.Ordinal)
            ? null
            : ApiText.Format("ChainRowAltered", row.Id);
    }
}
