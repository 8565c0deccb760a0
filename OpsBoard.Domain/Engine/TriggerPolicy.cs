namespace OpsBoard.Domain.Engine;

/// <summary>
/// What Stateless does not know about a trigger: who may fire it and which parameters it takes.
/// Every use of the trigger, from whatever state, shares it.
/// </summary>
public sealed class TriggerPolicy
{
    private readonly List<string> _roles = [.. Domain.Roles.Staff];
    private readonly List<string> _requiredFields = [];
    private readonly List<string> _optionalFields = [];

    public IReadOnlyList<string> Roles => _roles;

    public IReadOnlyList<string> RequiredFields => _requiredFields;

    /// <summary>Parameters the trigger takes but does not need.</summary>
    public IReadOnlyList<string> OptionalFields => _optionalFields;

    /// <summary>
    /// Whether the trigger takes this parameter. Anything else is refused, so that a caller cannot
    /// slip a field past a guard (say, a signed contract) by sending it along with the trigger.
    /// </summary>
    public bool Accepts(string field) => _requiredFields.Contains(field) || _optionalFields.Contains(field);

    public TriggerPolicy AllowedFor(params string[] roles)
    {
        _roles.Clear();
        _roles.AddRange(roles);
        return this;
    }

    public TriggerPolicy Optional(params string[] fields)
    {
        _optionalFields.AddRange(fields);
        return this;
    }

    public TriggerPolicy Requires(params string[] fields)
    {
        _requiredFields.AddRange(fields);
        return this;
    }
}
