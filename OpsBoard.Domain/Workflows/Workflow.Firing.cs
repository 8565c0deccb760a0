using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;

namespace OpsBoard.Domain.Workflows;

public sealed partial class Workflow<TState, TTrigger>
{
    /// <summary>
    /// Asks in the order a caller can act on: is it a trigger, can it fire from here, may this actor,
    /// are the parameters right, then Stateless' guards. Only then does the machine fire.
    /// </summary>
    public FireResult Fire(string state, string trigger, TransitionContext context)
    {
        if (!TryName<TTrigger>(trigger, StringComparison.OrdinalIgnoreCase, out var t))
        {
            return FireResult.Refused(Refusal.UnknownTrigger);
        }
        var from = ParseState(state);
        if (!_triggersFrom[from].Contains(t))
        {
            return FireResult.Refused(Refusal.NotPermittedInState);
        }
        var policy = _policies.Of(t);
        if (!context.Actor.IsInAnyRole(policy.Roles))
        {
            return FireResult.Refused(Refusal.RoleNotAllowed);
        }
        var unexpected = context.Parameters.Keys.Where(f => !policy.Accepts(f)).ToList();
        if (unexpected.Count > 0)
        {
            return FireResult.Refused(Refusal.UnexpectedFields) with { UnexpectedFields = unexpected };
        }
        var missing = policy.RequiredFields.Where(f => !FieldDefinition.IsPresent(context.Parameters.GetValueOrDefault(f))).ToList();
        if (missing.Count > 0)
        {
            return FireResult.Refused(Refusal.MissingFields, missing: missing);
        }
        var machine = Machine(from, context);
        if (!machine.CanFire(t, out var unmet))
        {
            return FireResult.Refused(Refusal.Blocked, Reasons(unmet));
        }
        machine.Fire(t);
        return new FireResult(Refusal.None, machine.State.ToString(), context.Changes, [], []) { Trigger = t.ToString() };
    }

    /// <summary>The triggers the actor's roles allow from this state, each with the guards that block it now.</summary>
    public IReadOnlyList<TriggerAvailability> PermittedTriggers(string state, TransitionContext context)
    {
        var from = ParseState(state);
        var machine = Machine(from, context);
        return _triggersFrom[from]
            .Where(t => context.Actor.IsInAnyRole(_policies.Of(t).Roles))
            .Select(t => new TriggerAvailability(t.ToString(), _policies.Of(t).RequiredFields, machine.CanFire(t, out var unmet) ? [] : Reasons(unmet)))
            .ToList();
    }

    // Two guarded moves of one trigger may share a reason; the caller is told it once.
    private static List<GuardReason> Reasons(IEnumerable<string> unmetGuards) =>
        unmetGuards.Distinct().Select(key => new GuardReason(key)).ToList();
}
