namespace OpsBoard.Backups;

/// <summary>
/// While the server runs it holds <c>DATABASE.in-use</c> open for itself alone (an advisory lock the OS drops when the
/// process ends, also on <c>kill -9</c>), so a restore can tell that the database is being served and refuse.
/// SQLite's locks are checked as well, but an idle server's pooled connections do not always show as one.
/// </summary>
public sealed class DatabaseInUse(DatabaseFile database, ILogger<DatabaseInUse> logger) : IHostedService, IDisposable
{
    private FileStream? _marker;

    public static string MarkerPath(string databasePath) => databasePath + ".in-use";

    /// <summary>Whether a server holds the marker of the database at <paramref name="databasePath"/>.</summary>
    public static bool IsHeld(string databasePath)
    {
        try
        {
            using var probe = Take(databasePath);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!database.IsFile)
        {
            return Task.CompletedTask;
        }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(database.Path)!);
            _marker = Take(database.Path);
        }
        catch (IOException e)
        {
            // Serving goes on; only a restore's refusal depends on the marker.
            logger.LogWarning("The database's in-use marker could not be taken: {Reason}", e.Message);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _marker?.Dispose();
        _marker = null;
    }

    private static FileStream Take(string databasePath) =>
        new(MarkerPath(databasePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
}
