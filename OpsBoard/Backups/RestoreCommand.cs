using System.Globalization;
using Microsoft.Data.Sqlite;
using OpsBoard.Cli;

namespace OpsBoard.Backups;

/// <summary>
/// <c>restore PATH</c>: puts a backup in place of the database, with the server stopped. The backup is checked
/// first; the file it replaces is kept beside it as <c>*.before-restore</c>, so a restore can itself be undone.
/// </summary>
public sealed class RestoreCommand(DatabaseFile database, TimeProvider clock) : ICliCommand
{
    private const int SqliteBusy = 5;

    public string Verb => "restore";

    public string Arguments => "PATH";

    public string Summary => "replaces the database with the backup at PATH (server stopped); keeps the old file as *.before-restore";

    // The schema is the backup's; the server upgrades it at its next start.
    public bool NeedsSchema => false;

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync("Usage: restore PATH");
            return 2;
        }
        var backup = Path.GetFullPath(arguments[0]);
        if (!File.Exists(backup))
        {
            await output.WriteLineAsync($"Restore refused: there is no file at {backup}.");
            return 1;
        }
        if (await CheckAsync(backup, ct) is { } unsound)
        {
            await output.WriteLineAsync($"Restore refused: {backup} is not a sound database ({unsound}).");
            return 1;
        }
        string? kept = null;
        if (File.Exists(database.Path))
        {
            if (DatabaseInUse.IsHeld(database.Path) || !await QuiesceAsync(database.Path, ct))
            {
                await output.WriteLineAsync($"Restore refused: {database.Path} is in use; stop the server first.");
                return 1;
            }
            kept = $"{database.Path}.{clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.before-restore";
            File.Move(database.Path, kept);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(database.Path)!);
        var incoming = database.Path + ".restoring";
        File.Copy(backup, incoming, overwrite: true);
        File.Move(incoming, database.Path);
        await output.WriteLineAsync(kept is null
            ? $"Restored {backup} to {database.Path}."
            : $"Restored {backup} to {database.Path}; the file it replaced is {kept}.");
        return 0;
    }

    private static async Task<string?> CheckAsync(string path, CancellationToken ct)
    {
        try
        {
            var check = await DatabaseFile.IntegrityCheckAsync(path, ct);
            return check == "ok" ? null : check;
        }
        catch (SqliteException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// Takes the database for this process alone, which fails while any other connection has it open (with write-ahead
    /// logging every connection holds a shared lock as long as it is open), then folds the log into the file and
    /// closes, leaving no log beside it that would be applied to the restored file.
    /// </summary>
    private static async Task<bool> QuiesceAsync(string path, CancellationToken ct)
    {
        await using var connection = DatabaseFile.Open(path, SqliteOpenMode.ReadWrite, timeoutSeconds: 1);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        try
        {
            command.CommandText = "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT; PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteBusy)
        {
            return false;
        }
        return true;
    }
}
