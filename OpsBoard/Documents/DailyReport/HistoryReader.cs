using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;

namespace OpsBoard.Documents.DailyReport;

/// <summary>
/// Reads the whole history (up to the report's moment) of every item touched on a day with a plain
/// data reader: a busy day is tens of thousands of rows, and EF's change-free materializer still
/// costs several times as much. Instants are stored as UTC ticks (see the DbContext's conventions).
/// </summary>
public static class HistoryReader
{
    private const string Sql = """
        SELECT h."Id", h."ItemId", h."ItemType", h."At", h."Actor", h."Trigger", h."FromState", h."ToState", h."ChangesJson"
        FROM "ItemHistory" AS h
        WHERE h."At" < @moment AND h."ItemId" IN (SELECT t."ItemId" FROM "ItemHistory" AS t WHERE t."At" >= @start AND t."At" < @moment)
        ORDER BY h."Id"
        """;

    public static async Task<List<HistoryRow>> TouchedAsync(OpsBoardDbContext db, DateTimeOffset start, DateTimeOffset moment, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            Add(command, "@start", start.UtcTicks);
            Add(command, "@moment", moment.UtcTicks);
            var rows = new List<HistoryRow>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new HistoryRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2),
                    new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero), reader.GetString(4), reader.GetString(5),
                    reader.GetString(6), reader.GetString(7), reader.GetString(8)));
            }
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, long value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
