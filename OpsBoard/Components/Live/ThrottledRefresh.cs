namespace OpsBoard.Components.Live;

/// <summary>
/// Collapses a burst of change notifications into one refresh at most every interval, so twenty changes in a
/// tenth of a second cost a component two queries and two renders. A change after a quiet spell is drawn at
/// once; changes that follow it within the interval wait for one refresh at its end.
/// </summary>
public sealed class ThrottledRefresh(Func<Task> refresh, TimeSpan interval, TimeProvider? time = null) : IDisposable
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _lock = new();
    private long? _lastRun;
    private bool _scheduled;
    private bool _disposed;

    public void Request()
    {
        TimeSpan wait;
        lock (_lock)
        {
            if (_scheduled || _disposed)
            {
                return;
            }
            _scheduled = true;
            var since = _lastRun is { } last ? _time.GetElapsedTime(last) : interval;
            wait = since >= interval ? TimeSpan.Zero : interval - since;
        }
        // Off the caller's thread: the caller is whoever committed the change, and must not run our render.
        _ = Task.Run(() => RunAsync(wait));
    }

    private async Task RunAsync(TimeSpan wait)
    {
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time);
        }
        lock (_lock)
        {
            _scheduled = false;
            if (_disposed)
            {
                return;
            }
            _lastRun = _time.GetTimestamp();
        }
        try
        {
            await refresh();
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between the change and the refresh.
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
        }
    }
}
