namespace OpsBoard.Live.Presence;

/// <summary>Someone who has an item open, and whether they are changing it (its move dialog is open).</summary>
public sealed record Present(string UserName, string DisplayName, bool Editing);

/// <summary>
/// Who has which item open, in this process. Each open page holds a <see cref="PresenceTicket"/>; disposing it
/// (the page closed, the tab or circuit gone) takes the person off the item. A person with two tabs on one
/// item shows once, editing while either tab is. Watchers of an item are told after every change, outside the lock.
/// </summary>
public sealed class PresenceRegistry
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, List<PresenceTicket>> _tickets = [];
    private readonly Dictionary<long, List<Action>> _watchers = [];

    public PresenceTicket Join(long itemId, string userName, string displayName)
    {
        var ticket = new PresenceTicket(this, itemId, userName, displayName);
        lock (_lock)
        {
            ListOf(_tickets, itemId).Add(ticket);
        }
        Notify(itemId);
        return ticket;
    }

    /// <summary>Everyone on the item, one row per person, in name order.</summary>
    public IReadOnlyList<Present> On(long itemId)
    {
        lock (_lock)
        {
            return _tickets.TryGetValue(itemId, out var tickets)
                ? [.. tickets.GroupBy(t => t.UserName).Select(g => new Present(g.Key, g.First().DisplayName, g.Any(t => t.Editing)))
                    .OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)]
                : [];
        }
    }

    /// <summary>Calls back whenever someone comes, goes, starts or stops changing the item; disposing twice is harmless.</summary>
    public IDisposable Watch(long itemId, Action changed)
    {
        lock (_lock)
        {
            ListOf(_watchers, itemId).Add(changed);
        }
        return new Unwatch(() => Remove(_watchers, itemId, changed));
    }

    /// <summary>How many items have someone on them or someone watching; what a closed tab leaves behind shows here.</summary>
    public int ItemsHeld
    {
        get
        {
            lock (_lock)
            {
                return _tickets.Keys.Union(_watchers.Keys).Count();
            }
        }
    }

    internal void Changed(PresenceTicket ticket) => Notify(ticket.ItemId);

    internal void Leave(PresenceTicket ticket)
    {
        Remove(_tickets, ticket.ItemId, ticket);
        Notify(ticket.ItemId);
    }

    private void Remove<T>(Dictionary<long, List<T>> lists, long itemId, T entry)
        where T : class
    {
        lock (_lock)
        {
            if (lists.TryGetValue(itemId, out var list) && list.Remove(entry) && list.Count == 0)
            {
                lists.Remove(itemId);
            }
        }
    }

    private void Notify(long itemId)
    {
        Action[] watchers;
        lock (_lock)
        {
            watchers = _watchers.TryGetValue(itemId, out var list) ? [.. list] : [];
        }
        foreach (var watcher in watchers)
        {
            watcher();
        }
    }

    private static List<T> ListOf<T>(Dictionary<long, List<T>> lists, long itemId)
    {
        if (!lists.TryGetValue(itemId, out var list))
        {
            lists[itemId] = list = [];
        }
        return list;
    }

    private sealed class Unwatch(Action undo) : IDisposable
    {
        private Action? _undo = undo;

        public void Dispose() => Interlocked.Exchange(ref _undo, null)?.Invoke();
    }
}

/// <summary>One open page on one item. Disposing it more than once takes the person off once.</summary>
public sealed class PresenceTicket : IDisposable
{
    private readonly PresenceRegistry _registry;
    private int _left;
    private volatile bool _editing;

    internal PresenceTicket(PresenceRegistry registry, long itemId, string userName, string displayName)
    {
        _registry = registry;
        ItemId = itemId;
        UserName = userName;
        DisplayName = displayName;
    }

    public long ItemId { get; }

    public string UserName { get; }

    public string DisplayName { get; }

    public bool Editing => _editing;

    public bool IsGone => Volatile.Read(ref _left) == 1;

    public void SetEditing(bool editing)
    {
        if (_editing == editing || IsGone)
        {
            return;
        }
        _editing = editing;
        _registry.Changed(this);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _left, 1) == 0)
        {
            _registry.Leave(this);
        }
    }
}
