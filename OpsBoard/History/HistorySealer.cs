using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;

namespace OpsBoard.History;

/// <summary>
/// Seals, once, the rows written before history was chained (by the release before, or before the migration that
/// added the hashes): the rows with an empty hash after the last sealed row, in id order, linked on from it. An
/// empty hash before a sealed row is not sealed: that is a gap the check reports, not a row still to seal.
/// </summary>
public static class HistorySealer
{
    /// <summary>How many rows it sealed.</summary>
    public static int SealUnsealed(OpsBoardDbContext db)
    {
        db.Database.OpenConnection();
        try
        {
            using var transaction = db.Database.BeginTransaction();
            var connection = db.Database.GetDbConnection();
            var link = Tip(connection);
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE \"ItemHistory\" SET \"PreviousHash\" = @previous, \"Hash\" = @hash WHERE \"Id\" = @id";
            var previous = Parameter(update, "@previous");
            var hash = Parameter(update, "@hash");
            var id = Parameter(update, "@id");
            var sealedRows = 0;
            // In batches, so a large history from the release before is not held in memory at once.
            for (var rows = Unsealed(connection, link.Id); rows.Count > 0; rows = Unsealed(connection, link.Id))
            {
                foreach (var row in rows)
                {
                    previous.Value = link.Hash;
                    link = new ChainLink(row.Id, HistoryHash.Of(row.Content, link.Hash));
                    hash.Value = link.Hash;
                    id.Value = row.Id;
                    update.ExecuteNonQuery();
                }
                sealedRows += rows.Count;
            }
            transaction.Commit();
            return sealedRows;
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static ChainLink Tip(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Id\", \"Hash\" FROM \"ItemHistory\" WHERE \"Hash\" <> '' ORDER BY \"Id\" DESC LIMIT 1";
        using var reader = command.ExecuteReader();
        return reader.Read() ? new ChainLink(reader.GetInt64(0), reader.GetString(1)) : ChainLink.Genesis;
    }

    private static List<ChainRow> Unsealed(DbConnection connection, long after)
    {
        using var command = connection.CreateCommand();
        command.CommandText = ChainRow.Select + " WHERE \"Id\" > @after ORDER BY \"Id\" LIMIT 10000";
        Parameter(command, "@after").Value = after;
        using var reader = command.ExecuteReader();
        var rows = new List<ChainRow>();
        while (reader.Read())
        {
            rows.Add(ChainRow.Read(reader));
        }
        return rows;
    }
}
