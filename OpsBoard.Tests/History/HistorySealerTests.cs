using Microsoft.Data.Sqlite;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.History;

public sealed class HistorySealerTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsboard-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Rows_written_before_the_chain_are_sealed_at_the_next_start_and_then_verify()
    {
        IAsyncLifetime before = new SameFolderServer(_directory, keepFiles: true);
        await before.InitializeAsync();
        var server = (SameFolderServer)before;
        var ana = await server.ClientFor("ana");
        for (var n = 0; n < 3; n++)
        {
            var story = await ana.CreateItem("story", new { client = $"Old {n}" });
            await ana.FireOk(story.Id(), "StartReview", story.Version());
        }
        await before.DisposeAsync();
        await using (var connection = new SqliteConnection($"Data Source={server.DatabasePath};Pooling=False"))
        {
            // As the release before left them: no hashes at all.
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE ItemHistory SET Hash = '', PreviousHash = ''";
            Assert.Equal(6, await command.ExecuteNonQueryAsync());
        }

        IAsyncLifetime after = new SameFolderServer(_directory, keepFiles: false);
        await after.InitializeAsync();
        try
        {
            var reopened = (SameFolderServer)after;
            Assert.Equal(0, await reopened.Scalar("SELECT COUNT(*) FROM ItemHistory WHERE Hash = ''"));
            await (await reopened.ClientFor("ana")).CreateItem("story", new { client = "New" });
            var report = await (await reopened.ClientFor("admin")).GetJson("/api/v1/audit/verify");
            Assert.True((bool)report["ok"]!, (string?)report["reason"]);
            Assert.Equal(7, (long)report["checkedRows"]!);
        }
        finally
        {
            await after.DisposeAsync();
        }
    }

    private sealed class SameFolderServer : OpsBoardServer
    {
        public SameFolderServer(string directory, bool keepFiles)
            : base(directory, 0) => KeepFiles = keepFiles;
    }
}
