using OpsBoard.Live;

namespace OpsBoard.Collections.Deposits;

/// <summary>A deposit registered or waiting on its supports: not an item, so the deposits page hears of it on the bus's notices.</summary>
public sealed record DepositChanged(long DepositId, string Actor, DateTimeOffset At) : LiveNotice(At);
