namespace OpsBoard.Components.Live;

/// <summary>
/// Collapses a burst of change notifications into one refresh at most every interval, so twenty
/// changes in a tenth of a second cost a component one query and one render.
/// </summary>
public sealed class ThrottledRefresh(Func<Task> refresh, TimeSpan interval) : IDisposable
{
    private readonly Lock _lock = new();
    private bool _scheduled;
    private bool _disposed;

    public void Request()
    {
        lock (_lock)
        {
            if (_scheduled || _disposed)
            {
                return;
            }
            _scheduled = true;
        }
        _ = RunAsync();
    }

    private async Task RunAsync()
    {
        await Task.Delay(interval);
        lock (_lock)
        {
            _scheduled = false;
            if (_disposed)
            {
                return;
            }
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
