using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace OpsBoard.Runtime;

/// <summary>
/// Once no request has arrived for <see cref="MemoryOptions.IdleAfter"/>, gives back what a burst left behind, once
/// per quiet spell: the pooled SQLite connections (each holds its own page cache), the managed heap's free segments
/// and glibc's free pages. The next burst opens connections again, which costs a few milliseconds.
/// </summary>
public sealed class IdleTrim(RequestActivity activity, IOptions<MemoryOptions> options, TimeProvider clock, ILogger<IdleTrim> log)
    : BackgroundService
{
    private DateTimeOffset _trimmedFor = DateTimeOffset.MinValue;

    /// <summary>How many times memory was given back, for the tests and the log.</summary>
    public int Trims { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.TrimWhenIdle)
        {
            return;
        }
        using var timer = new PeriodicTimer(o.CheckEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            TrimIfIdle();
        }
    }

    /// <summary>Trims when the process has been quiet long enough and has not been trimmed since its last request.</summary>
    public bool TrimIfIdle()
    {
        var last = activity.Last;
        if (last == _trimmedFor || clock.GetUtcNow() - last < options.Value.IdleAfter)
        {
            return false;
        }
        _trimmedFor = last;
        SqliteConnection.ClearAllPools();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var native = NativeHeap.Trim();
        Trims++;
        log.LogDebug("Idle: pooled connections closed, heap compacted, native heap trimmed: {Native}", native);
        return true;
    }
}
