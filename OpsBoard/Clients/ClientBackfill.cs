using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpsBoard.Data;
using OpsBoard.Domain.Workflows.Onboarding;

namespace OpsBoard.Clients;

/// <summary>
/// Links items from before clients were records to clients matched by name, at start-up. Set-based: one pass
/// reads each distinct client name once, the names are folded here (accents and legal forms are beyond SQL),
/// and one UPDATE joins the items to a name map. Items already linked are never read again, so a second run
/// costs one index look-up; a run cut short leaves nothing half done, as it is one transaction.
/// </summary>
public static class ClientBackfill
{
    private const string Names = """
        SELECT json_extract(Fields, '$.client') AS Name,
               MAX(CASE WHEN Type = @onboarding THEN json_extract(Fields, '$.clientCode') END) AS Code,
               MAX(CASE WHEN Type = 'story' THEN json_extract(Fields, '$.clientType') END) AS ClientType
        FROM Items
        WHERE ClientId IS NULL AND json_extract(Fields, '$.client') IS NOT NULL
        GROUP BY 1
        """;

    private const string Link = """
        UPDATE Items SET ClientId = (SELECT m.ClientId FROM temp.ClientNameMap m WHERE m.Name = json_extract(Items.Fields, '$.client'))
        WHERE ClientId IS NULL AND json_extract(Fields, '$.client') IN (SELECT Name FROM temp.ClientNameMap)
        """;

    /// <summary>How many items it linked.</summary>
    public static int LinkUnlinked(OpsBoardDbContext db, DateTimeOffset now)
    {
        if (!db.Database.IsSqlite())
        {
            return 0;
        }
        db.Database.OpenConnection();
        try
        {
            using var transaction = db.Database.BeginTransaction();
            var names = ReadNames(db.Database.GetDbConnection(), transaction.GetDbTransaction());
            if (names.Count == 0)
            {
                return 0;
            }
            var map = MapNames(db, names, now);
            Execute(db, "CREATE TEMP TABLE IF NOT EXISTS ClientNameMap (Name TEXT PRIMARY KEY, ClientId INTEGER NOT NULL)");
            Execute(db, "DELETE FROM temp.ClientNameMap");
            using (var insert = Command(db, "INSERT INTO temp.ClientNameMap (Name, ClientId) VALUES (@name, @id)", "@name", "@id"))
            {
                foreach (var (name, id) in map)
                {
                    insert.Parameters[0].Value = name;
                    insert.Parameters[1].Value = id;
                    insert.ExecuteNonQuery();
                }
            }
            var linked = Execute(db, Link);
            Execute(db, "DROP TABLE temp.ClientNameMap");
            transaction.Commit();
            return linked;
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }

    private sealed record NameRow(string Name, string? Code, string? ClientType);

    private static List<NameRow> ReadNames(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Names;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@onboarding";
        parameter.Value = OnboardingWorkflow.Type;
        command.Parameters.Add(parameter);
        var rows = new List<NameRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // A client field that is not text (a hand-edited row) has no name to match.
            if (reader.GetValue(0) is string name)
            {
                rows.Add(new NameRow(name, reader.GetValue(1) as string, reader.GetValue(2) as string));
            }
        }
        return rows;
    }

    /// <summary>Each stored spelling to its client's id, registering a client per folded name that has none.</summary>
    private static Dictionary<string, long> MapNames(OpsBoardDbContext db, List<NameRow> names, DateTimeOffset now)
    {
        var byKey = db.Clients().AsNoTracking().Select(c => new { c.NameKey, c.Id }).AsEnumerable()
            .GroupBy(c => c.NameKey).ToDictionary(g => g.Key, g => g.Min(c => c.Id));
        var codes = db.Clients().AsNoTracking().Select(c => c.Code).AsEnumerable().ToHashSet(StringComparer.Ordinal);
        var fresh = new Dictionary<string, Client>();
        foreach (var group in names.GroupBy(n => ClientNames.Key(n.Name)).Where(g => g.Key.Length > 0 && !byKey.ContainsKey(g.Key)))
        {
            var first = group.OrderByDescending(n => n.Code is not null).ThenBy(n => n.Name, StringComparer.Ordinal).First();
            var code = group.Select(n => n.Code).FirstOrDefault(c => c is { Length: > 0 and <= 32 } && !codes.Contains(c));
            if (code is not null)
            {
                codes.Add(code);
            }
            var segment = ClientLinks.SegmentOf(new Dictionary<string, object?> { ["clientType"] = group.Select(n => n.ClientType).FirstOrDefault(t => t is not null) }, first.Name);
            fresh[group.Key] = Client.Register(Trimmed(first.Name), segment, code, now);
        }
        db.Clients().AddRange(fresh.Values);
        db.SaveChanges();
        foreach (var client in fresh.Values)
        {
            byKey[client.NameKey] = client.Id;
            db.Entry(client).State = EntityState.Detached;
        }
        // Codes from the ids, in one statement rather than a second save per client.
        Execute(db, $"UPDATE Clients SET Code = '{ClientCodes.GeneratedPrefix}' || printf('%06d', Id) WHERE Code LIKE '~%'");
        return names.Select(n => (n.Name, Key: ClientNames.Key(n.Name))).Where(n => byKey.ContainsKey(n.Key))
            .ToDictionary(n => n.Name, n => byKey[n.Key], StringComparer.Ordinal);
    }

    private static string Trimmed(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length <= Domain.Fields.FieldLimits.ShortText ? trimmed : trimmed[..Domain.Fields.FieldLimits.ShortText];
    }

    private static int Execute(OpsBoardDbContext db, string sql)
    {
        using var command = Command(db, sql);
        return command.ExecuteNonQuery();
    }

    private static DbCommand Command(OpsBoardDbContext db, string sql, params string[] parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
