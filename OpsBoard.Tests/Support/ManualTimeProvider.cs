namespace OpsBoard.Tests.Support;

/// <summary>A clock that stands still unless a test moves it; moving it fires the timers that come due.</summary>
public sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    // Elapsed time is measured on this clock too, so a throttle's "since the last run" moves only when the test moves it.
    public override long GetTimestamp() => now.UtcTicks;

    private readonly List<ManualTimer> timers = [];

    public override DateTimeOffset GetUtcNow() => now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state, now + dueTime);
        lock (timers)
        {
            timers.Add(timer);
        }
        return timer;
    }

    public int ActiveTimers
    {
        get
        {
            lock (timers)
            {
                return timers.Count;
            }
        }
    }

    public void Advance(TimeSpan by)
    {
        now += by;
        List<ManualTimer> due;
        lock (timers)
        {
            due = timers.Where(t => t.DueAt <= now).ToList();
            timers.RemoveAll(due.Contains);
        }
        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    private void Remove(ManualTimer timer)
    {
        lock (timers)
        {
            timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state, DateTimeOffset dueAt) : ITimer
    {
        public DateTimeOffset DueAt { get; } = dueAt;

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period) => throw new NotSupportedException();

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
