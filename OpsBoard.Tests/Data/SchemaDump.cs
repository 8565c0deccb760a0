using Microsoft.Data.Sqlite;

namespace OpsBoard.Tests.Data;

/// <summary>
/// A SQLite file's schema as sorted lines: columns with type, nullability, default and key; indexes with their columns;
/// foreign keys with their actions. Column order is left out: SQLite's table rebuilds copy columns by name.
/// </summary>
public static class SchemaDump
{
    public static List<string> Of(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var rows = new List<string>();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'", r => r.GetString(0));
        foreach (var table in tables)
        {
            rows.AddRange(Query(connection, $"PRAGMA table_info('{table}')",
                r => $"{table}.{r.GetString(1)} {r.GetString(2)} notnull={r.GetInt64(3)} default={Text(r, 4)} pk={r.GetInt64(5)}"));
            foreach (var (index, unique) in Query(connection, $"PRAGMA index_list('{table}')", r => (r.GetString(1), r.GetInt64(2))))
            {
                var columns = Query(connection, $"PRAGMA index_info('{index}')", r => Text(r, 2));
                rows.Add($"{table} index {index} ({string.Join(", ", columns)}) unique={unique}");
            }
            rows.AddRange(Query(connection, $"PRAGMA foreign_key_list('{table}')",
                r => $"{table} fk {r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} update={r.GetString(5)} delete={r.GetString(6)}"));
        }
        rows.AddRange(Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%AUTOINCREMENT%'", r => $"{r.GetString(0)} autoincrement"));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static string Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? "null" : reader.GetString(column);

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }
        return rows;
    }
}
