using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.History;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.History;

/// <summary>Each test on a server of its own: some of them tamper with its file.</summary>
public sealed class HistoryChainTests : IAsyncLifetime
{
    private readonly OpsBoardServer _server = new();

    [Fact]
    public async Task Every_history_row_links_to_the_one_before_and_the_chain_verifies()
    {
        var rows = await WriteSomeHistory();

        var report = await (await _server.ClientFor("diego")).GetJson("/api/v1/audit/verify");

        Assert.True((bool)report["ok"]!);
        Assert.Equal(rows, (long)report["checkedRows"]!);
        Assert.Null(report["firstBrokenRowId"]);
        Assert.Equal(0, await _server.Scalar("SELECT COUNT(*) FROM ItemHistory WHERE length(Hash) <> 64"));
        Assert.Equal(0, await _server.Scalar("SELECT COUNT(*) FROM ItemHistory h JOIN ItemHistory p ON p.Id = h.Id - 1 WHERE h.PreviousHash <> p.Hash"));
        Assert.Equal(await _server.Scalar("SELECT MAX(Id) FROM ItemHistory"), await _server.Scalar("SELECT COUNT(*) FROM ItemHistory"));
    }

    [Theory]
    [InlineData("Actor", "'mallory'")]
    [InlineData("ChangesJson", "replace(ChangesJson, 'proof of address', 'proof of nothing')")]
    public async Task A_row_edited_in_the_file_is_reported_by_its_id(string column, string value)
    {
        await WriteSomeHistory();
        var edited = await _server.Scalar("SELECT MIN(Id) FROM ItemHistory WHERE Trigger = 'RequestDocuments'");
        await Tamper($"UPDATE ItemHistory SET {column} = {value} WHERE Id = {edited}");

        var report = await (await _server.ClientFor("admin")).GetJson("/api/v1/audit/verify");

        Assert.False((bool)report["ok"]!);
        Assert.Equal(edited, (long)report["firstBrokenRowId"]!);
        Assert.Contains($"{edited}", (string)report["reason"]!, StringComparison.Ordinal);
        var (exitCode, output) = await VerifyFromTheCommandLine();
        Assert.Equal(1, exitCode);
        Assert.Contains($"row {edited}:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_row_is_reported_at_the_row_that_followed_it()
    {
        await WriteSomeHistory();
        var deleted = await _server.Scalar("SELECT MIN(Id) FROM ItemHistory WHERE Trigger = 'DocumentsReceived'");
        await Tamper($"DELETE FROM ItemHistory WHERE Id = {deleted}");

        var report = await (await _server.ClientFor("admin")).GetJson("/api/v1/audit/verify");

        Assert.False((bool)report["ok"]!);
        Assert.Equal(deleted + 1, (long)report["firstBrokenRowId"]!);
    }

    [Fact]
    public async Task The_command_line_check_answers_0_for_a_sound_chain()
    {
        var rows = await WriteSomeHistory();

        var (exitCode, output) = await VerifyFromTheCommandLine();

        Assert.Equal(0, exitCode);
        Assert.Contains($"{rows} rows checked", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_after_a_refused_batch_go_on_linking_to_the_last_stored_row()
    {
        var ana = await _server.ClientFor("ana");
        var story = await ana.CreateItem("story", new { client = "Stale" });
        var stale = await ana.Fire(story.Id(), "StartReview", story.Version() + 5);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await ana.FireOk(story.Id(), "StartReview", story.Version());

        Assert.True((bool)(await (await _server.ClientFor("admin")).GetJson("/api/v1/audit/verify"))["ok"]!);
    }

    [Fact]
    public async Task Moves_that_lose_a_race_and_roll_back_leave_the_chain_whole()
    {
        var ana = await _server.ClientFor("ana");
        var story = await ana.CreateItem("story", new { client = "Race" });
        var clients = await Task.WhenAll(Enumerable.Range(0, 12).Select(n => _server.ClientFor(n % 2 == 0 ? "ana" : "bruno")));

        var answers = await Task.WhenAll(clients.Select(c => c.Fire(story.Id(), "StartReview", story.Version())));
        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        await ana.FireOk(story.Id(), "RequestDocuments", story.Version() + 1, new { missingDocuments = new[] { "id" } });

        var report = await (await _server.ClientFor("admin")).GetJson("/api/v1/audit/verify");
        Assert.True((bool)report["ok"]!, (string?)report["reason"]);
        Assert.Equal(3, (long)report["checkedRows"]!);
    }

    [Fact]
    public async Task Only_managers_and_admins_may_check_the_chain()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _server.ClientFor("ana")).GetAsync("/api/v1/audit/verify")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _server.ClientFor("carla")).GetAsync("/api/v1/audit/verify")).StatusCode);
    }

    public Task InitializeAsync() => ((IAsyncLifetime)_server).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_server).DisposeAsync();

    /// <summary>Three stories moved a few times through the API; answers how many history rows there are.</summary>
    private async Task<long> WriteSomeHistory()
    {
        var ana = await _server.ClientFor("ana");
        var counter = new WriteCounter();
        for (var n = 0; n < 3; n++)
        {
            var writer = await StoryWriter.StartAsync(ana, $"Story {n}", counter.Add);
            using var stop = new CancellationTokenSource();
            var run = writer.RunAsync(stop.Token);
            await counter.Reached(4 * (n + 1));
            await stop.CancelAsync();
            await run;
        }
        return await _server.Scalar("SELECT COUNT(*) FROM ItemHistory");
    }

    private async Task Tamper(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_server.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private async Task<(int ExitCode, string Output)> VerifyFromTheCommandLine()
    {
        using var scope = _server.Services.CreateScope();
        using var output = new StringWriter();
        var exitCode = await new HistoryVerifyCommand().RunAsync(scope.ServiceProvider, [], output, CancellationToken.None);
        return (exitCode, output.ToString());
    }
}
