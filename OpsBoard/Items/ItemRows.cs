using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpsBoard.Data;
using OpsBoard.Domain.Items;

namespace OpsBoard.Items;

/// <summary>
/// Writes a moved item and its history rows inside the command's transaction, with two statements
/// prepared once per transaction. EF Core's change tracking and update pipeline cost several times
/// the statements themselves on the hot path, and a move changes a known set of columns.
/// </summary>
internal sealed class ItemRows : IAsyncDisposable
{
    private const string UpdateSql = "UPDATE Items SET State = @state, Version = @version, Assignee = @assignee, QueueKey = @queue, "
        + "Fields = @fields, UpdatedAt = @updatedAt, DoneAt = @doneAt, SlaStartedAt = @slaStartedAt, SlaWarnAt = @slaWarnAt, "
        + "SlaDueAt = @slaDueAt WHERE Id = @id AND Version = @fromVersion";

    private const string HistorySql = "INSERT INTO ItemHistory (ItemId, ItemType, Version, At, Actor, Trigger, FromState, ToState, Note, ChangesJson) "
        + "VALUES (@itemId, @itemType, @version, @at, @actor, @trigger, @fromState, @toState, @note, @changes)";

    private readonly DbCommand _update;
    private readonly DbCommand _history;

    private ItemRows(DbConnection connection, DbTransaction transaction)
    {
        _update = Command(connection, transaction, UpdateSql,
            "@state", "@version", "@assignee", "@queue", "@fields", "@updatedAt", "@doneAt", "@slaStartedAt", "@slaWarnAt", "@slaDueAt", "@id", "@fromVersion");
        _history = Command(connection, transaction, HistorySql,
            "@itemId", "@itemType", "@version", "@at", "@actor", "@trigger", "@fromState", "@toState", "@note", "@changes");
    }

    /// <summary>The writer for the context's current transaction, which the caller has begun.</summary>
    public static ItemRows For(OpsBoardDbContext db) =>
        new(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Items are written inside a transaction."));

    /// <summary>Writes the item as it is now, if it is still at <paramref name="fromVersion"/>; false when someone else changed it first.</summary>
    public async Task<bool> UpdateAsync(WorkItem item, int fromVersion, CancellationToken ct)
    {
        Set(_update, item.State, item.Version, item.Assignee, item.QueueKey, FieldsJson.Write(item.Fields), item.UpdatedAt.UtcTicks,
            item.DoneAt?.UtcTicks, item.SlaStartedAt?.UtcTicks, item.SlaWarnAt?.UtcTicks, item.SlaDueAt?.UtcTicks, item.Id, fromVersion);
        return await _update.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task AddHistoryAsync(ItemHistoryEntry entry, CancellationToken ct)
    {
        Set(_history, entry.ItemId, entry.ItemType, entry.Version, entry.At.UtcTicks, entry.Actor, entry.Trigger, entry.FromState,
            entry.ToState, entry.Note, entry.ChangesJson);
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
