using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Backups;

/// <summary>The commands as an operator runs them, against a server run as its own process.</summary>
public sealed class RestoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "opsboard-tests", Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public async Task A_restore_puts_the_backup_in_place_of_a_killed_server_s_database_and_keeps_the_file_it_replaced()
    {
        var database = AppProcess.DatabasePath(_directory);
        var backup = Path.Combine(_directory, "saved.db");
        long kept;
        using (var server = await AppProcess.StartServerAsync(_directory))
        {
            var ana = await server.ClientFor("ana");
            await ana.CreateItem("story", new { client = "Before the backup" });
            var (exitCode, output) = await AppProcess.RunAsync(_directory, "backup", backup);
            Assert.True(exitCode == 0, output);
            await ana.CreateItem("story", new { client = "After the backup" });
            kept = await Count(database, "Items");
            var refused = await AppProcess.RunAsync(_directory, "restore", backup);
            Assert.True(refused.ExitCode == 1, refused.Output);
            Assert.Contains("in use", refused.Output, StringComparison.Ordinal);
            await server.KillAsync();
        }

        var restored = await AppProcess.RunAsync(_directory, "restore", backup);

        Assert.True(restored.ExitCode == 0, restored.Output);
        var replaced = Assert.Single(Directory.GetFiles(_directory, "opsboard.db.*.before-restore"));
        Assert.Equal(kept, await Count(replaced, "Items"));
        Assert.Equal(kept - 1, await Count(database, "Items"));
        await BackupTests.AssertSound(database, new Dictionary<long, IReadOnlyList<int>>());
        var verified = await AppProcess.RunAsync(_directory, "history", "verify");
        Assert.True(verified.ExitCode == 0, verified.Output);
    }

    [Fact]
    public async Task A_backup_that_is_not_a_sound_database_is_refused_and_nothing_is_replaced()
    {
        var database = AppProcess.DatabasePath(_directory);
        using (var server = await AppProcess.StartServerAsync(_directory))
        {
            await server.KillAsync();
        }
        var broken = Path.Combine(_directory, "broken.db");
        await File.WriteAllTextAsync(broken, "not a database");
        var size = new FileInfo(database).Length;

        var (exitCode, output) = await AppProcess.RunAsync(_directory, "restore", broken);

        Assert.Equal(1, exitCode);
        Assert.Contains("not a sound database", output, StringComparison.Ordinal);
        Assert.Equal(size, new FileInfo(database).Length);
        Assert.Empty(Directory.GetFiles(_directory, "*.before-restore"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<long> Count(string path, string table)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
