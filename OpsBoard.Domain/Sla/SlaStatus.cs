namespace OpsBoard.Domain.Sla;

/// <summary>Where an item stands against its clock; the API names these in camelCase.</summary>
public enum SlaStatus
{
    None,
    Ok,
    NearBreach,
    Breached,
}

/// <summary>An item's clock: when it started, when the last fifth of its time begins, and when it is due.</summary>
public sealed record SlaWindow(DateTimeOffset StartedAt, DateTimeOffset WarnAt, DateTimeOffset DueAt)
{
    public SlaStatus StatusAt(DateTimeOffset now) =>
        now >= DueAt ? SlaStatus.Breached : now >= WarnAt ? SlaStatus.NearBreach : SlaStatus.Ok;

    public static SlaStatus StatusOf(DateTimeOffset? warnAt, DateTimeOffset? dueAt, DateTimeOffset now) =>
        dueAt is null ? SlaStatus.None : now >= dueAt ? SlaStatus.Breached : now >= warnAt ? SlaStatus.NearBreach : SlaStatus.Ok;
}
