namespace OpsBoard.Domain.Engine;

/// <summary>What every use of a trigger shares: who may fire it and which parameters it needs.</summary>
public sealed class TriggerConfiguration<TTrigger>
    where TTrigger : struct, Enum
{
    private readonly List<string> _roles = [.. Domain.Roles.Staff];
    private readonly List<string> _requiredFields = [];

    internal TriggerConfiguration(TTrigger trigger) => Trigger = trigger;

    public TTrigger Trigger { get; }

    public IReadOnlyList<string> Roles => _roles;

    public IReadOnlyList<string> RequiredFields => _requiredFields;

    public TriggerConfiguration<TTrigger> AllowedFor(params string[] roles)
    {
        _roles.Clear();
        _roles.AddRange(roles);
        return this;
    }

    public TriggerConfiguration<TTrigger> Requires(params string[] fields)
    {
        _requiredFields.AddRange(fields);
        return this;
    }
}
