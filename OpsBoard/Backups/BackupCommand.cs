using OpsBoard.Cli;

namespace OpsBoard.Backups;

/// <summary><c>backup PATH</c>: an online backup to a new file, also while the server is writing.</summary>
public sealed class BackupCommand : ICliCommand
{
    public string Verb => "backup";

    public string Arguments => "PATH";

    public string Summary => "writes a consistent copy of the database to PATH, also while the server runs";

    // A backup copies whatever schema the file has; migrating it first would change the very file being saved.
    public bool NeedsSchema => false;

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync("Usage: backup PATH");
            return 2;
        }
        try
        {
            var backup = await services.GetRequiredService<DatabaseBackup>().WriteAsync(arguments[0], ct);
            await output.WriteLineAsync($"Backup written: {backup.Path} ({backup.Size} bytes, SHA-256 {backup.Sha256}).");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            await output.WriteLineAsync($"Backup failed: {e.Message}");
            return 1;
        }
    }
}
