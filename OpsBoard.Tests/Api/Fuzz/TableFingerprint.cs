using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api.Fuzz;

/// <summary>
/// Every table's row count, and the sum of versions where rows have one, read from the server's database (SQLite or
/// PostgreSQL). Audit tables are left out: recording a refused sign-in is what they are for.
/// </summary>
internal static class TableFingerprint
{
    public static async Task<string> OfAsync(OpsBoardServer server)
    {
        var postgreSql = server is PostgreSqlServer;
        await using DbConnection connection = server is PostgreSqlServer pg
            ? new NpgsqlConnection(pg.ConnectionString)
            : new SqliteConnection($"Data Source={server.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        var tables = new List<(string Name, bool Versioned)>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = postgreSql
                ? """
                  SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public'
                      AND c.table_name = t.table_name AND c.column_name = 'Version')
                  FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_name NOT LIKE '%Audit%' ORDER BY 1
                  """
                : """
                  SELECT name, EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'Version') FROM sqlite_master m
                  WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%Audit%' ORDER BY name
                  """;
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add((reader.GetString(0), reader.GetBoolean(1)));
            }
        }
        var versions = postgreSql ? "COALESCE(SUM(\"Version\"), 0)" : "TOTAL(Version)";
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT " + string.Join(" || '|' || ", tables.Select(t =>
            $"'{t.Name}=' || (SELECT COUNT(*) {(t.Versioned ? $"|| '/' || {versions}" : string.Empty)} FROM \"{t.Name}\")"));
        return Convert.ToString(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
