namespace OpsBoard.Tests.Support;

/// <summary>
/// A clock the test moves by hand. Only "now" is ours: timers still tick in real time, so a
/// periodic job keeps running by itself and sees the moved clock on its next tick.
/// </summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
