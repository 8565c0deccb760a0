using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpsBoard.Data;
using OpsBoard.Domain.Items;
using OpsBoard.History;

namespace OpsBoard.Items;

/// <summary>
/// Writes a moved item and its history rows inside the command's transaction, with two statements
/// prepared once per transaction. EF Core's change tracking and update pipeline cost several times
/// the statements themselves on the hot path, and a move changes a known set of columns.
/// </summary>
internal sealed class ItemRows : IAsyncDisposable
{
    private const string HistorySql = "INSERT INTO \"ItemHistory\" (\"Id\", \"ItemId\", \"ItemType\", \"Version\", \"At\", \"Actor\", \"Trigger\", "
        + "\"FromState\", \"ToState\", \"Note\", \"ChangesJson\", \"PreviousHash\", \"Hash\") "
        + "VALUES (@id, @itemId, @itemType, @version, @at, @actor, @trigger, @fromState, @toState, @note, @changes, @previousHash, @hash)";

    private readonly DbCommand _update;
    private readonly DbCommand _history;
    private readonly HistorySeal _seal;

    private ItemRows(DbConnection connection, DbTransaction transaction, HistorySeal seal)
    {
        _seal = seal;
        _update = Command(connection, transaction, string.Empty, ItemColumns.Parameters);
        _history = Command(connection, transaction, HistorySql,
            "@id", "@itemId", "@itemType", "@version", "@at", "@actor", "@trigger", "@fromState", "@toState", "@note", "@changes", "@previousHash", "@hash");
    }

    /// <summary>The writer for the context's current transaction, which the caller has begun, linking its history rows with <paramref name="seal"/>.</summary>
    public static ItemRows For(OpsBoardDbContext db, HistorySeal seal) =>
        new(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Items are written inside a transaction."), seal);

    /// <summary>
    /// Writes the columns that differ from <paramref name="before"/>, if the row is still at its version;
    /// false when someone else changed it first. Only what changed is set, so SQLite leaves alone the
    /// indexes over columns the move did not touch.
    /// </summary>
    public async Task<bool> UpdateAsync(WorkItem item, ItemColumns before, CancellationToken ct)
    {
        var after = ItemColumns.Of(item);
        var sql = after.UpdateSql(before);
        if (_update.CommandText != sql)
        {
            _update.CommandText = sql;
        }
        Set(_update, after.Values(item.Id, before.Version));
        return await _update.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>The one place history rows are stored: each is sealed into the chain as it is written.</summary>
    public async Task AddHistoryAsync(ItemHistoryEntry entry, CancellationToken ct)
    {
        _seal.Next(entry);
        Set(_history, entry.Id, entry.ItemId, entry.ItemType, entry.Version, entry.At.UtcTicks, entry.Actor, entry.Trigger, entry.FromState,
            entry.ToState, entry.Note, entry.ChangesJson, entry.PreviousHash, entry.Hash);
        await _history.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _update.DisposeAsync();
        await _history.DisposeAsync();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var n = 0; n < values.Length; n++)
        {
            command.Parameters[n].Value = values[n] ?? DBNull.Value;
        }
    }
}
