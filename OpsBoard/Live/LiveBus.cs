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
    // Item and protocol changes share one queue, so listeners see them in commit order.
    private readonly Channel<object> _pending = Channel.CreateUnbounded<object>(new() { SingleReader = true });
    private ImmutableList<Action<ItemChanged>> _inline = [];
    private ImmutableList<Func<ItemChanged, Task>> _listeners = [];
    private ImmutableList<Action<ProtocolChanged>> _protocolInline = [];
    private ImmutableList<Func<ProtocolChanged, Task>> _protocolListeners = [];

    /// <summary>Called by the one write path, after commit and in commit order.</summary>
    public void Publish(ItemChanged change)
    {
        foreach (var listener in _inline)
        {
            listener(change);
        }
        _pending.Writer.TryWrite(change);
    }

    /// <summary>Called after a protocol's own commit, in the same order as item changes.</summary>
    public void Publish(ProtocolChanged change)
    {
        foreach (var listener in _protocolInline)
        {
            listener(change);
        }
        _pending.Writer.TryWrite(change);
    }

    public IDisposable SubscribeProtocolsInline(Action<ProtocolChanged> listener)
    {
        ImmutableInterlocked.Update(ref _protocolInline, l => l.Add(listener));
        return new Subscription(() => ImmutableInterlocked.Update(ref _protocolInline, l => l.Remove(listener)));
    }

    public IDisposable SubscribeProtocols(Func<ProtocolChanged, Task> listener)
    {
        ImmutableInterlocked.Update(ref _protocolListeners, l => l.Add(listener));
        return new Subscription(() => ImmutableInterlocked.Update(ref _protocolListeners, l => l.Remove(listener)));
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
            if (change is ItemChanged item)
            {
                await DeliverAsync(_listeners, item, "item", item.ItemId);
            }
            else if (change is ProtocolChanged protocol)
            {
                await DeliverAsync(_protocolListeners, protocol, "protocol", protocol.Number);
            }
        }
    }

    private async Task DeliverAsync<T>(ImmutableList<Func<T, Task>> listeners, T change, string kind, long id)
    {
        foreach (var listener in listeners)
        {
            try
            {
                await listener(change);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A live listener failed on {Kind} {Id}", kind, id);
            }
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private Action? _unsubscribe = unsubscribe;

        public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
    }
}
