namespace OpsBoard.Live.Presence;

/// <summary>
/// The one item this circuit (one browser tab) has open, if any. Scoped to the circuit, so when the tab closes
/// or its connection is given up the circuit's scope disposes it and the person leaves the item with it.
/// </summary>
public sealed class CircuitPresence(PresenceRegistry registry) : IDisposable
{
    private readonly Lock _lock = new();
    private PresenceTicket? _ticket;

    public long? ItemId => _ticket?.ItemId;

    public string? UserName => _ticket?.UserName;

    /// <summary>Puts the reader on the item (leaving any other); the caller has checked they may see it.</summary>
    public void Enter(long itemId, string userName, string displayName)
    {
        lock (_lock)
        {
            if (_ticket is { IsGone: false } held && held.ItemId == itemId && held.UserName == userName)
            {
                return;
            }
            _ticket?.Dispose();
            _ticket = registry.Join(itemId, userName, displayName);
        }
    }

    public void Leave(long itemId)
    {
        lock (_lock)
        {
            if (_ticket?.ItemId == itemId)
            {
                _ticket.Dispose();
                _ticket = null;
            }
        }
    }

    public void SetEditing(bool editing) => _ticket?.SetEditing(editing);

    public void Dispose()
    {
        lock (_lock)
        {
            _ticket?.Dispose();
            _ticket = null;
        }
    }
}
