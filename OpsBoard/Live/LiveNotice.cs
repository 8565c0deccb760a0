namespace OpsBoard.Live;

/// <summary>
/// A committed change of something that is not an item (a protocol, a client) that open screens follow: it travels the
/// bus behind the item changes committed before it, so a screen never sees them out of order.
/// </summary>
public abstract record LiveNotice(DateTimeOffset At);

/// <summary>A client's own record changed (name, tax id, segment, contacts, limit): its page and the pages listing it read it again.</summary>
public sealed record ClientChanged(long ClientId, string Actor, DateTimeOffset At) : LiveNotice(At);
