namespace OpsBoard.Domain.Engine;

/// <summary>Why a trigger could not fire; each maps to one answer of the API.</summary>
public enum Refusal
{
    None,
    UnknownTrigger,
    NotPermittedInState,
    RoleNotAllowed,
    MissingFields,
    UnexpectedFields,
    Blocked,
}

/// <summary>The outcome of firing a trigger: the destination and field changes, or why not.</summary>
public sealed record FireResult(
    Refusal Refusal,
    string? Destination,
    IReadOnlyDictionary<string, object?> Changes,
    IReadOnlyList<GuardReason> BlockedBy,
    IReadOnlyList<string> MissingFields)
{
    public bool Succeeded => Refusal == Refusal.None;

    /// <summary>The trigger's name as the workflow spells it, whatever case the caller used.</summary>
    public string Trigger { get; init; } = string.Empty;

    /// <summary>Parameters sent that the trigger does not take.</summary>
    public IReadOnlyList<string> UnexpectedFields { get; init; } = [];

    internal static FireResult Refused(Refusal refusal, IReadOnlyList<GuardReason>? blockedBy = null, IReadOnlyList<string>? missing = null) =>
        new(refusal, null, new Dictionary<string, object?>(), blockedBy ?? [], missing ?? []);
}

/// <summary>A trigger the actor could fire from the current state, with what it needs and what blocks it now.</summary>
public sealed record TriggerAvailability(string Trigger, IReadOnlyList<string> RequiredFields, IReadOnlyList<GuardReason> BlockedBy)
{
    public bool CanFire => BlockedBy.Count == 0;
}
