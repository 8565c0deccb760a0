namespace OpsBoard.Domain.Sla;

/// <summary>Where a state's clock starts counting.</summary>
public enum SlaClock
{
    /// <summary>The clock restarts each time the item enters the state.</summary>
    OnEnterState,

    /// <summary>One clock for the item's whole life, from its creation.</summary>
    FromCreation,
}

/// <summary>How long an item may stay in a state, in business time; the item's fields may set it.</summary>
public sealed record SlaRule(SlaClock Clock, Func<IReadOnlyDictionary<string, object?>, BusinessDuration> Allowed)
{
    public static SlaRule Hours(double hours) => new(SlaClock.OnEnterState, _ => BusinessDuration.FromHours(hours));

    public static SlaRule Days(int days) => new(SlaClock.OnEnterState, _ => BusinessDuration.FromDays(days));
}

/// <summary>A span of working time: whole business days or business hours.</summary>
public readonly record struct BusinessDuration(int Days, TimeSpan Hours)
{
    public static BusinessDuration FromDays(int days) => new(days, TimeSpan.Zero);

    public static BusinessDuration FromHours(double hours) => new(0, TimeSpan.FromHours(hours));
}
