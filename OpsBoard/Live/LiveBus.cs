using System.Collections.Immutable;
using System.Threading.Channels;

namespace OpsBoard.Live;

/// <summary>
/// The in-process fan-out of committed changes. Synchronous listeners (the board's counters) run
/// inside the publish, so a read right after a change sees it; everyone else (screens, the hub)
/// is fed in commit order by one pump, so a slow screen never holds up a writer.
/// </summary>
public sealed class LiveBus(ILogger<LiveBus> logger) : BackgroundService
{
    private readonly Channel<ItemChanged> _pending = Channel.CreateUnbounded<ItemChanged>(new() { SingleReader = true });
    private ImmutableList<Action<ItemChanged>> _inline = [];
    private ImmutableList<Func<ItemChanged, Task>> _listeners = [];

    /// <summary>Called by the one write path, after commit and in commit order.</summary>
    public void Publish(ItemChanged change)
    {
        foreach (var listener in _inline)
        {
            listener(change);
        }
        _pending.Writer.TryWrite(change);
    }

    public IDisposable SubscribeInline(Action<ItemChanged> listener)
    {
        ImmutableInterlocked.Update(ref _inline, l => l.Add(listener));
        return new Subscription(() => ImmutableInterlocked.Update(ref _inline, l => l.Remove(listener)));
    }

    /// <summary>Listens to every change; disposing the subscription twice is harmless.</summary>
    public IDisposable Subscribe(Func<ItemChanged, Task> listener)
    {
        ImmutableInterlocked.Update(ref _listeners, l => l.Add(listener));
        return new Subscription(() => ImmutableInterlocked.Update(ref _listeners, l => l.Remove(listener)));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in _pending.Reader.ReadAllAsync(stoppingToken))
        {
            foreach (var listener in _listeners)
            {
                try
                {
                    await listener(change);
                }
                catch (Exception ex)
                {
                    logger.LogWarning(ex, "A live listener failed on item {ItemId}", change.ItemId);
                }
            }
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private Action? _unsubscribe = unsubscribe;

        public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
    }
}
