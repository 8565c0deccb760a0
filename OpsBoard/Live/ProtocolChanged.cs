namespace OpsBoard.Live;

/// <summary>
/// A protocol committed or its signed copy recorded: protocols are not items, but the board counts the late ones,
/// so their changes travel the same bus in the same commit order.
/// </summary>
public sealed record ProtocolChanged(long Number, bool SignedBack, DateTimeOffset DueAt, DateTimeOffset At) : LiveNotice(At);

/// <summary>What outside clients receive as <c>protocolChanged</c> on the board topic: the protocol and the late count after it.</summary>
public sealed record ProtocolPayload(long Number, bool SignedBack, int LateProtocols);
