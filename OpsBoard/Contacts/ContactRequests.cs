namespace OpsBoard.Contacts;

/// <summary>A contact as someone logs it; the outcome of a call on a collection case is one of the call outcomes.</summary>
public sealed record LogContactRequest(string? Channel, string? Direction, string? Outcome, string? Note);

/// <summary>One contact of an item, newest first in lists.</summary>
public sealed record ContactView(long Id, long ItemId, string Channel, string Direction, string Outcome, string? Note, string Actor, DateTimeOffset At);
