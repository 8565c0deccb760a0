using System.Collections.Immutable;
using System.Threading.Channels;

namespace OpsBoard.Live;

/// <summary>
/// The in-process fan-out of committed changes. Synchronous listeners (the board's counters) run
/// inside the publish, so a read right after a change sees it; everyone else (screens, the hub)
/// is fed in commit order by one pump, so a slow screen never holds up a writer.
/// </summary>
public sealed class LiveBus(ILogger<LiveBus> logger, Nodes.INoticeRelay? relay = null) : BackgroundService
{
    // Item changes and notices share one queue, so listeners see them in commit order.
    private readonly Channel<object> _pending = Channel.CreateUnbounded<object>(new() { SingleReader = true });
    private ImmutableList<Action<ItemChanged>> _inline = [];
    private ImmutableList<Func<ItemChanged, Task>> _listeners = [];
    private ImmutableList<Action<LiveNotice>> _noticeInline = [];
    private ImmutableList<Func<LiveNotice, Task>> _noticeListeners = [];

    /// <summary>Called by the one write path, after commit and in commit order.</summary>
    public void Publish(ItemChanged change)
    {
        foreach (var listener in _inline)
        {
            listener(change);
        }
        _pending.Writer.TryWrite(change);
    }

    /// <summary>Called after the commit of something that is not an item (a protocol, a client), in the same order as item changes.</summary>
    public void Publish(LiveNotice change)
    {
        PublishFromOtherNode(change);
        relay?.Forward(change);
    }

    /// <summary>A notice another node published: this node's screens and counters hear it, and it goes no further.</summary>
    public void PublishFromOtherNode(LiveNotice change)
    {
        foreach (var listener in _noticeInline)
        {
            listener(change);
        }
        _pending.Writer.TryWrite(change);
    }

    public IDisposable SubscribeNoticesInline(Action<LiveNotice> listener)
    {
        ImmutableInterlocked.Update(ref _noticeInline, l => l.Add(listener));
        return new Subscription(() => ImmutableInterlocked.Update(ref _noticeInline, l => l.Remove(listener)));
    }

    public IDisposable SubscribeNotices(Func<LiveNotice, Task> listener)
    {
        ImmutableInterlocked.Update(ref _noticeListeners, l => l.Add(listener));
        return new Subscription(() => ImmutableInterlocked.Update(ref _noticeListeners, l => l.Remove(listener)));
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
                await DeliverAsync(_listeners, item, $"item {item.ItemId}");
            }
            else if (change is LiveNotice notice)
            {
                await DeliverAsync(_noticeListeners, notice, notice.ToString());
            }
        }
    }

    private async Task DeliverAsync<T>(ImmutableList<Func<T, Task>> listeners, T change, string what)
    {
        foreach (var listener in listeners)
        {
            try
            {
                await listener(change);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A live listener failed on {Change}", what);
            }
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private Action? _unsubscribe = unsubscribe;

        public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
    }
}
