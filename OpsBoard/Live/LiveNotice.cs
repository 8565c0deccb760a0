using System.Text.Json.Serialization;
using OpsBoard.Clients;
using OpsBoard.Collections.Deposits;

namespace OpsBoard.Live;

/// <summary>
/// A committed change of something that is not an item (a protocol, a client) that open screens follow: it travels the
/// bus behind the item changes committed before it, so a screen never sees them out of order. Each kind is named here
/// so that another node can read it back (see <c>NoticeWire</c>).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ClientChanged), "client")]
[JsonDerivedType(typeof(ProtocolChanged), "protocol")]
[JsonDerivedType(typeof(DepositChanged), "deposit")]
public abstract record LiveNotice(DateTimeOffset At);

/// <summary>
/// A client's own record changed (name, tax id, segment, contacts, limit): its page and the pages listing it read it
/// again; with its tier when the tier was saved, for every node's copy of the priority clients.
/// </summary>
public sealed record ClientChanged(long ClientId, string Actor, DateTimeOffset At, ClientTier? Tier = null) : LiveNotice(At);
