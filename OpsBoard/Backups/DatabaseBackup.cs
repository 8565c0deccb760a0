using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace OpsBoard.Backups;

/// <summary>A backup written: its file name, full path, size in bytes and SHA-256 (hex) of its bytes.</summary>
public sealed record BackupFile(string Name, string Path, long Size, string Sha256);

/// <summary>
/// Online backups with <c>VACUUM INTO</c>: one read transaction, so the copy is the database as of one moment while
/// the server goes on writing (with write-ahead logging a reader does not hold writers up), and compact. It is
/// written under a temporary name and renamed when complete and checked, so a file with the final name is whole.
/// </summary>
public sealed class DatabaseBackup(DatabaseFile database, TimeProvider clock)
{
    /// <summary>A backup in the configured backups folder, named after the moment it was taken.</summary>
    public Task<BackupFile> WriteToFolderAsync(CancellationToken ct)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(database.BackupsFolder);
        }
        else
        {
            // A backup holds the password hashes: for the service's account only.
            Directory.CreateDirectory(database.BackupsFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var name = $"opsboard-{clock.GetUtcNow().ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}.db";
        return WriteAsync(Path.Combine(database.BackupsFolder, name), ct);
    }

    public async Task<BackupFile> WriteAsync(string path, CancellationToken ct)
    {
        path = Path.GetFullPath(path);
        if (File.Exists(path))
        {
            throw new IOException($"{path} exists already; a backup never replaces a file.");
        }
        if (!File.Exists(database.Path))
        {
            throw new IOException($"There is no database at {database.Path}.");
        }
        var partial = path + ".partial";
        File.Delete(partial);
        await using (var connection = DatabaseFile.Open(database.Path, SqliteOpenMode.ReadWrite))
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $path;";
            command.Parameters.AddWithValue("$path", partial);
            await command.ExecuteNonQueryAsync(ct);
        }
        if (await DatabaseFile.IntegrityCheckAsync(partial, ct) is var check and not "ok")
        {
            File.Delete(partial);
            throw new IOException($"The copy failed its integrity check: {check}");
        }
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.Move(partial, path);
        return new BackupFile(Path.GetFileName(path), path, new FileInfo(path).Length, await HashAsync(path, ct));
    }

    private static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
    }
}
