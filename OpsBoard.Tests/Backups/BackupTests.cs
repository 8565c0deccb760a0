using System.Net;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Backups;
using OpsBoard.Cli;
using OpsBoard.History;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Backups;

public sealed class BackupTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task A_backup_taken_under_eight_writers_is_sound_chained_and_holds_every_write_acknowledged_before_it()
    {
        var counter = new WriteCounter();
        var writers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async n =>
            await StoryWriter.StartAsync(await server.ClientFor(n % 2 == 0 ? "ana" : "bruno"), $"Backup load {n}", counter.Add)));
        using var stop = new CancellationTokenSource();
        var runs = writers.Select(w => w.RunAsync(stop.Token)).ToList();
        await counter.Reached(80);

        var before = writers.ToDictionary(w => w.ItemId, w => w.Acknowledged);
        var answer = await (await server.ClientFor("admin")).PostAsync("/api/v1/admin/backup", null);
        var duringBackup = counter.Count;
        await counter.Reached(duringBackup + 16);
        await stop.CancelAsync();
        await Task.WhenAll(runs);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var body = await answer.Json();
        var path = Path.Combine(Path.GetDirectoryName(server.DatabasePath)!, "backups", (string)body["name"]!);
        Assert.Equal(new FileInfo(path).Length, (long)body["size"]!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))), (string)body["sha256"]!);
        await AssertSound(path, before);
    }

    [Fact]
    public async Task The_backup_command_writes_a_sound_copy_and_never_replaces_a_file()
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("story", new { client = "Command line backup" });
        var path = Path.Combine(Path.GetDirectoryName(server.DatabasePath)!, $"command-{Guid.NewGuid():N}.db");

        var (exitCode, output) = await Run(new BackupCommand(), path);
        Assert.Equal(0, exitCode);
        Assert.Contains(path, output, StringComparison.Ordinal);
        await AssertSound(path, new Dictionary<long, IReadOnlyList<int>> { [item.Id()] = [item.Version()] });

        var bytes = await File.ReadAllBytesAsync(path);
        (exitCode, output) = await Run(new BackupCommand(), path);
        Assert.Equal(1, exitCode);
        Assert.Contains("exists", output, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Only_an_admin_may_take_a_backup_through_the_API()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await (await server.ClientFor("diego")).PostAsync("/api/v1/admin/backup", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await server.ClientFor("ana")).PostAsync("/api/v1/admin/backup", null)).StatusCode);
    }

    [Fact]
    public async Task A_restore_is_refused_while_the_server_has_the_database_open()
    {
        var backup = Path.Combine(Path.GetDirectoryName(server.DatabasePath)!, $"refused-{Guid.NewGuid():N}.db");
        Assert.Equal(0, (await Run(new BackupCommand(), backup)).ExitCode);
        var rows = await server.Scalar("SELECT COUNT(*) FROM ItemHistory");
        await (await server.ClientFor("ana")).CreateItem("story", new { client = "After the backup" });

        var (exitCode, output) = await Run(ActivatorUtilities.CreateInstance<RestoreCommand>(server.Services), backup);

        Assert.Equal(1, exitCode);
        Assert.Contains("in use", output, StringComparison.Ordinal);
        Assert.Equal(rows + 1, await server.Scalar("SELECT COUNT(*) FROM ItemHistory"));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(server.DatabasePath)!, "*.before-restore"));
    }

    /// <summary>integrity_check ok, the hash chain holds, and every acknowledged version of every item is in it.</summary>
    internal static async Task AssertSound(string path, IReadOnlyDictionary<long, IReadOnlyList<int>> acknowledged)
    {
        Assert.Equal("ok", await DatabaseFile.IntegrityCheckAsync(path, CancellationToken.None));
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var report = await HistoryVerifier.VerifyAsync(connection, CancellationToken.None);
        Assert.True(report.Ok, report.Reason);
        foreach (var (itemId, versions) in acknowledged)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT Version FROM ItemHistory WHERE ItemId = {itemId}";
            var stored = new HashSet<int>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored.Add(reader.GetInt32(0));
            }
            Assert.All(versions, v => Assert.Contains(v, stored));
        }
    }

    private async Task<(int ExitCode, string Output)> Run(ICliCommand command, string path)
    {
        using var scope = server.Services.CreateScope();
        using var output = new StringWriter();
        var exitCode = await command.RunAsync(scope.ServiceProvider, [path], output, CancellationToken.None);
        return (exitCode, output.ToString());
    }
}
