namespace OpsBoard.Collections;

/// <summary>
/// A call as the agent logs it: how it ended and what was said. The version is optional: a call is a fact. A Lead's
/// exception note lets a call outside the contact rules through.
/// </summary>
public sealed record LogCallRequest(string? Outcome, string? Note, int? ExpectedVersion, string? ExceptionNote = null);

/// <summary>One logged call of a case, read back from the case's history.</summary>
public sealed record CallView(long ItemId, DateTimeOffset At, string Agent, string Outcome, string? Note, int ItemVersion, string State);
