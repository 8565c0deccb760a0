using OpsBoard.Backups;
using OpsBoard.Tests.Backups;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.History;

public sealed class KillUnderWritersTests : IDisposable
{
    private readonly string _directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "opsboard-tests", Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public async Task After_kill_9_under_eight_writers_every_acknowledged_write_is_there_and_the_chain_verifies()
    {
        StoryWriter[] writers;
        using (var server = await AppProcess.StartServerAsync(_directory))
        {
            var counter = new WriteCounter();
            writers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async n =>
                await StoryWriter.StartAsync(await server.ClientFor(n % 2 == 0 ? "ana" : "bruno"), $"Kill load {n}", counter.Add)));
            var runs = writers.Select(w => w.RunAsync(CancellationToken.None)).ToList();
            await counter.Reached(300);

            await server.KillAsync();
            await Task.WhenAll(runs);
        }

        using (var restarted = await AppProcess.StartServerAsync(_directory))
        {
            var database = AppProcess.DatabasePath(_directory);
            Assert.Equal("ok", await DatabaseFile.IntegrityCheckAsync(database, CancellationToken.None));
            await BackupTests.AssertSound(database, writers.ToDictionary(w => w.ItemId, w => w.Acknowledged));
            var report = await (await restarted.ClientFor("admin")).GetJson("/api/v1/audit/verify");
            Assert.True((bool)report["ok"]!, (string?)report["reason"]);
            var ana = await restarted.ClientFor("ana");
            var writer = writers[0];
            var item = await ana.GetJson($"/api/v1/items/{writer.ItemId}");
            Assert.True(item.Version() >= writer.Acknowledged[^1]);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
