using Microsoft.Data.Sqlite;

namespace OpsBoard.Backups;

/// <summary>The database file the app's connection string names, and where its backups go.</summary>
public sealed class DatabaseFile(IConfiguration configuration)
{
    /// <summary>False on PostgreSQL: its backups are the server's business (<c>pg_dump</c>), not a file copy here.</summary>
    public bool IsFile { get; } = !Data.DatabaseSettings.IsPostgreSql(configuration);

    public string Path { get; } = System.IO.Path.GetFullPath(Data.DatabaseSettings.SqliteDataSource(configuration) ?? "opsboard.db");

    /// <summary><c>OpsBoard:BackupsPath</c>, else a <c>backups</c> folder beside the database.</summary>
    public string BackupsFolder => configuration["OpsBoard:BackupsPath"] is { Length: > 0 } configured
        ? System.IO.Path.GetFullPath(configured)
        : System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, "backups");

    /// <summary>A connection of its own, outside the app's pool, so nothing keeps the file open after it.</summary>
    public static SqliteConnection Open(string path, SqliteOpenMode mode, int timeoutSeconds = 30) => new(new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        Pooling = false,
        DefaultTimeout = timeoutSeconds,
    }.ToString());

    /// <summary>SQLite's own check of every page and index; "ok" when sound.</summary>
    public static async Task<string> IntegrityCheckAsync(string path, CancellationToken ct)
    {
        await using var connection = Open(path, SqliteOpenMode.ReadOnly);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            lines.Add(reader.GetString(0));
        }
        return string.Join("; ", lines);
    }
}
