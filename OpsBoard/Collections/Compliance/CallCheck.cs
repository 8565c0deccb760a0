namespace OpsBoard.Collections.Compliance;

/// <summary>
/// Whether a debtor may be called now and, if not, why (a reason code and its text) and from when.
/// Times are instants; <see cref="TimeZone"/> is the debtor's zone the window was read in.
/// </summary>
public sealed record CallCheck(bool Allowed, string? Reason, string? Detail, DateTimeOffset? NextAllowedAt, int AttemptsToday,
    int? MaxAttemptsPerDay, string TimeZone)
{
    public const string OutsideWindow = "CallOutsideWindow";
    public const string AttemptsExceeded = "CallAttemptsExceeded";
    public const string ExceptionNeedsLead = "CallExceptionNeedsLead";
}
