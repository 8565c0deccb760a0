namespace OpsBoard.Collections.Compliance;

/// <summary>
/// When a debtor may be called, in the debtor's own time; bound from OpsBoard:Collections:Compliance.
/// Off unless the section turns it on, so a desk without the rule calls as before.
/// </summary>
public sealed class ComplianceOptions
{
    public bool Enabled { get; set; }

    /// <summary>The first moment of the day a call may start, on the debtor's clock.</summary>
    public TimeOnly CallsFrom { get; set; } = new(8, 0);

    /// <summary>The moment calls stop, on the debtor's clock (a call must start before it).</summary>
    public TimeOnly CallsUntil { get; set; } = new(20, 0);

    /// <summary>The days of the week calls are allowed; none listed means every day.</summary>
    public List<DayOfWeek> CallDays { get; set; } = [];

    /// <summary>Calls to one debtor in one of the debtor's days; none means no limit.</summary>
    public int? MaxAttemptsPerDay { get; set; }

    public bool IsCallDay(DayOfWeek day) => CallDays.Count == 0 || CallDays.Contains(day);
}
