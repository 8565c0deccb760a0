namespace OpsBoard.Live;

/// <summary>
/// Which hub connections listen on which audience group. SignalR sends a message to several groups once per group, so a
/// connection in three of them (its own items, the desk, a queue's pool) would hear each change three times; the
/// fanout asks this book for the connections instead and sends each one message.
/// </summary>
public sealed class HubListeners
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, HashSet<string>> _byGroup = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byConnection = new(StringComparer.Ordinal);

    public void Join(string connectionId, IEnumerable<string> groups)
    {
        lock (_lock)
        {
            foreach (var group in groups)
            {
                Set(_byGroup, group).Add(connectionId);
                Set(_byConnection, connectionId).Add(group);
            }
        }
    }

    public void Leave(string connectionId, IEnumerable<string> groups)
    {
        lock (_lock)
        {
            foreach (var group in groups)
            {
                Drop(_byGroup, group, connectionId);
                Drop(_byConnection, connectionId, group);
            }
        }
    }

    /// <summary>Forgets a closed connection in every group it was in.</summary>
    public void Forget(string connectionId)
    {
        lock (_lock)
        {
            if (_byConnection.Remove(connectionId, out var groups))
            {
                foreach (var group in groups)
                {
                    Drop(_byGroup, group, connectionId);
                }
            }
        }
    }

    /// <summary>Each connection in any of the groups, once.</summary>
    public IReadOnlyList<string> In(IEnumerable<string> groups)
    {
        var connections = new HashSet<string>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var group in groups)
            {
                if (_byGroup.TryGetValue(group, out var members))
                {
                    connections.UnionWith(members);
                }
            }
        }
        return [.. connections];
    }

    private static HashSet<string> Set(Dictionary<string, HashSet<string>> index, string key)
    {
        if (!index.TryGetValue(key, out var set))
        {
            index[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }
        return set;
    }

    // Empty sets are dropped, so groups of items nobody watches any more do not pile up.
    private static void Drop(Dictionary<string, HashSet<string>> index, string key, string value)
    {
        if (index.TryGetValue(key, out var set) && set.Remove(value) && set.Count == 0)
        {
            index.Remove(key);
        }
    }
}
