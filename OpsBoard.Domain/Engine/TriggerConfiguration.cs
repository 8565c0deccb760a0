namespace OpsBoard.Domain.Engine;

/// <summary>What every use of a trigger shares: who may fire it and which parameters it needs.</summary>
public sealed class TriggerConfiguration<TTrigger>
    where TTrigger : struct, Enum
{
    private readonly List<string> _roles = [.. Domain.Roles.Staff];
    private readonly List<string> _requiredFields = [];
    private readonly List<string> _optionalFields = [];

    internal TriggerConfiguration(TTrigger trigger) => Trigger = trigger;

    public TTrigger Trigger { get; }

    public IReadOnlyList<string> Roles => _roles;

    public IReadOnlyList<string> RequiredFields => _requiredFields;

    /// <summary>Parameters the trigger takes but does not need.</summary>
    public IReadOnlyList<string> OptionalFields => _optionalFields;

    /// <summary>
    /// Whether the trigger takes this parameter. Anything else is refused, so that a caller cannot
    /// slip a field past a guard (say, a signed contract) by sending it along with the trigger.
    /// </summary>
    public bool Accepts(string field) => _requiredFields.Contains(field) || _optionalFields.Contains(field);

    public TriggerConfiguration<TTrigger> AllowedFor(params string[] roles)
    {
        _roles.Clear();
        _roles.AddRange(roles);
        return this;
    }

    public TriggerConfiguration<TTrigger> Optional(params string[] fields)
    {
        _optionalFields.AddRange(fields);
        return this;
    }

    public TriggerConfiguration<TTrigger> Requires(params string[] fields)
    {
        _requiredFields.AddRange(fields);
        return this;
    }
}
