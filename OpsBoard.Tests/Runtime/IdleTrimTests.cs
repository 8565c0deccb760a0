using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpsBoard.Runtime;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Runtime;

[Collection(SqlitePoolsCollection.Name)]
public sealed class IdleTrimTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RequestActivity _activity;
    private readonly IdleTrim _trim;

    public IdleTrimTests()
    {
        _activity = new RequestActivity(_clock);
        _trim = new IdleTrim(_activity, Options.Create(new MemoryOptions { IdleAfter = TimeSpan.FromSeconds(15) }), _clock, NullLogger<IdleTrim>.Instance);
    }

    [Fact]
    public void Nothing_is_trimmed_while_requests_keep_arriving()
    {
        for (var i = 0; i < 10; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(10));
            _activity.Touch();
            Assert.False(_trim.TrimIfIdle());
        }
        Assert.Equal(0, _trim.Trims);
    }

    [Fact]
    public void A_quiet_spell_is_trimmed_once_and_the_next_one_again()
    {
        _activity.Touch();
        _clock.Advance(TimeSpan.FromSeconds(16));
        Assert.True(_trim.TrimIfIdle());
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.False(_trim.TrimIfIdle());

        _activity.Touch();
        _clock.Advance(TimeSpan.FromSeconds(16));
        Assert.True(_trim.TrimIfIdle());
        Assert.Equal(2, _trim.Trims);
    }

    [Fact]
    public void A_trim_closes_the_pooled_database_connections()
    {
        var file = Path.Combine(Path.GetTempPath(), $"opsboard-trim-{Guid.NewGuid():N}.db");
        try
        {
            using (var connection = new SqliteConnection($"Data Source={file}"))
            {
                connection.Open();
                using var create = connection.CreateCommand();
                create.CommandText = "CREATE TABLE t (x INTEGER)";
                create.ExecuteNonQuery();
            }
            Assert.Equal(1, HandlesOn(file));

            _clock.Advance(TimeSpan.FromSeconds(16));
            Assert.True(_trim.TrimIfIdle());

            Assert.Equal(0, HandlesOn(file));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public void The_native_heap_is_trimmed_on_glibc()
    {
        Assert.True(NativeHeap.Trim());
        Assert.True(NativeHeap.LimitArenas(2));
    }

    private static int HandlesOn(string file) =>
        Directory.EnumerateFileSystemEntries("/proc/self/fd").Count(fd => new FileInfo(fd).LinkTarget == Path.GetFullPath(file));
}
