using OpsBoard.Components.Live;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Live;

public sealed class ThrottledRefreshTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly SemaphoreSlim _refreshed = new(0);
    private int _refreshes;

    [Fact]
    public async Task A_change_after_a_quiet_spell_is_drawn_at_once_without_waiting_for_the_interval()
    {
        using var throttle = NewThrottle();

        throttle.Request();

        Assert.True(await _refreshed.WaitAsync(Bound));
        Assert.Equal(1, _refreshes);
    }

    [Fact]
    public async Task Changes_that_follow_within_the_interval_are_drawn_together_once_it_has_passed()
    {
        using var throttle = NewThrottle();
        throttle.Request();
        Assert.True(await _refreshed.WaitAsync(Bound));

        for (var i = 0; i < 5; i++)
        {
            throttle.Request();
        }
        await WaitForTimer();
        Assert.Equal(1, _refreshes);
        _clock.Advance(Interval);

        Assert.True(await _refreshed.WaitAsync(Bound));
        Assert.Equal(2, _refreshes);
    }

    private ThrottledRefresh NewThrottle() => new(() =>
    {
        Interlocked.Increment(ref _refreshes);
        _refreshed.Release();
        return Task.CompletedTask;
    }, Interval, _clock);

    // The throttle plans its catch-up on a pool thread; the clock is moved only once that plan is on it.
    private async Task WaitForTimer()
    {
        var until = DateTime.UtcNow + Bound;
        while (_clock.ActiveTimers == 0 && DateTime.UtcNow < until)
        {
            await Task.Yield();
        }
        Assert.Equal(1, _clock.ActiveTimers);
    }
}
