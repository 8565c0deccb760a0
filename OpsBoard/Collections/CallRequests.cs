namespace OpsBoard.Collections;

/// <summary>A call as the agent logs it: how it ended and what was said. The version is optional: a call is a fact.</summary>
public sealed record LogCallRequest(string? Outcome, string? Note, int? ExpectedVersion);

/// <summary>One logged call of a case, read back from the case's history.</summary>
public sealed record CallView(long ItemId, DateTimeOffset At, string Agent, string Outcome, string? Note, int ItemVersion, string State);
