namespace OpsBoard.Domain.Engine;

/// <summary>The policy of each trigger of a workflow; a trigger nobody configured is open to all staff and takes no parameters.</summary>
public sealed class TriggerPolicies<TTrigger>
    where TTrigger : struct, Enum
{
    private readonly Dictionary<TTrigger, TriggerPolicy> _policies = [];

    private static readonly TriggerPolicy Open = new();

    /// <summary>The trigger's policy, to configure it; only while the workflow is being built.</summary>
    public TriggerPolicy For(TTrigger trigger)
    {
        if (!_policies.TryGetValue(trigger, out var policy))
        {
            _policies[trigger] = policy = new TriggerPolicy();
        }
        return policy;
    }

    /// <summary>The trigger's policy as configured, without adding one: safe to call from many threads at once.</summary>
    public TriggerPolicy Of(TTrigger trigger) => _policies.GetValueOrDefault(trigger) ?? Open;
}
