namespace OpsBoard.Domain.Engine;

/// <summary>
/// A state machine definition shared by every item of a workflow. It holds no current state:
/// the item's row does, and the database's version check decides between concurrent moves.
/// </summary>
public sealed class StateMachine<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Dictionary<TState, StateConfiguration<TState, TTrigger>> _states = [];
    private readonly Dictionary<TTrigger, TriggerConfiguration<TTrigger>> _triggers = [];

    public StateMachine(TState initialState) => InitialState = initialState;

    public TState InitialState { get; }

    public IEnumerable<TState> States => Enum.GetValues<TState>();

    public IEnumerable<TTrigger> Triggers => Enum.GetValues<TTrigger>();

    public StateConfiguration<TState, TTrigger> Configure(TState state)
    {
        if (!_states.TryGetValue(state, out var config))
        {
            _states[state] = config = new StateConfiguration<TState, TTrigger>(state);
        }
        return config;
    }

    public TriggerConfiguration<TTrigger> Trigger(TTrigger trigger)
    {
        if (!_triggers.TryGetValue(trigger, out var config))
        {
            _triggers[trigger] = config = new TriggerConfiguration<TTrigger>(trigger);
        }
        return config;
    }

    /// <summary>Whether the trigger could fire now, and if not, the unmet guards' reasons.</summary>
    public (bool CanFire, IReadOnlyList<GuardReason> BlockedBy) CanFire(TState state, TTrigger trigger, TransitionContext context)
    {
        var result = Evaluate(state, trigger, context);
        return (result.Refusal == Refusal.None, result.BlockedBy);
    }

    /// <summary>The triggers the actor's roles allow from this state, each with the guards that block it now.</summary>
    public IReadOnlyList<TriggerAvailability> PermittedTriggers(TState state, TransitionContext context) =>
        TransitionsFrom(state).Select(t => t.Trigger).Distinct()
            .Where(t => context.Actor.IsInAnyRole(Trigger(t).Roles))
            .Select(t => new TriggerAvailability(t.ToString(), Trigger(t).RequiredFields, BlockingReasons(state, t, context)))
            .ToList();

    public FireResult Fire(TState state, TTrigger trigger, TransitionContext context)
    {
        var result = Evaluate(state, trigger, context);
        if (result.Refusal != Refusal.None || result.Transition is null)
        {
            return result.Refusal == Refusal.UnexpectedFields
                ? FireResult.Refused(result.Refusal) with { UnexpectedFields = result.Missing }
                : FireResult.Refused(result.Refusal, result.BlockedBy, result.Missing);
        }
        var destination = result.Transition.Destination;
        // A reentry leaves and enters the state itself; otherwise only the states not shared by
        // both ends are left (innermost first) and entered (outermost first). Moving from a
        // substate up to its superstate leaves the substate without entering the superstate again.
        var reentry = destination.Equals(state);
        foreach (var leaving in reentry ? [state] : Ancestry(state).Except(Ancestry(destination)))
        {
            Configure(leaving).Exit(context);
        }
        foreach (var entering in reentry ? [destination] : Ancestry(destination).Except(Ancestry(state)).Reverse())
        {
            Configure(entering).Enter(trigger, context);
        }
        return new FireResult(Refusal.None, destination.ToString(), context.Changes, [], []) { Trigger = trigger.ToString() };
    }

    /// <summary>The states from this one up through its superstates.</summary>
    public IEnumerable<TState> Ancestry(TState state)
    {
        for (TState? s = state; s is { } current; s = Configure(current).Superstate)
        {
            yield return current;
        }
    }

    /// <summary>Every configured move, for graphs and for the workflow description.</summary>
    public IEnumerable<(TState From, TTrigger Trigger, TState To)> Edges() =>
        States.SelectMany(s => TransitionsFrom(s).Select(t => (s, t.Trigger, t.Destination))).Distinct();

    internal IEnumerable<Transition<TState, TTrigger>> TransitionsFrom(TState state) =>
        Ancestry(state).SelectMany(s => _states.TryGetValue(s, out var c) ? c.Transitions : []);

    private List<GuardReason> BlockingReasons(TState state, TTrigger trigger, TransitionContext context)
    {
        var candidates = TransitionsFrom(state).Where(t => t.Trigger.Equals(trigger)).ToList();
        return candidates.Any(t => t.Guard is null || t.Guard.Condition(context))
            ? []
            : candidates.Select(t => t.Guard!.Reason).Distinct().ToList();
    }

    private (Refusal Refusal, Transition<TState, TTrigger>? Transition, List<GuardReason> BlockedBy, List<string> Missing) Evaluate(
        TState state, TTrigger trigger, TransitionContext context)
    {
        var candidates = TransitionsFrom(state).Where(t => t.Trigger.Equals(trigger)).ToList();
        if (candidates.Count == 0)
        {
            return (Refusal.NotPermittedInState, null, [], []);
        }
        var config = Trigger(trigger);
        if (!context.Actor.IsInAnyRole(config.Roles))
        {
            return (Refusal.RoleNotAllowed, null, [], []);
        }
        var unexpected = context.Parameters.Keys.Where(f => !config.Accepts(f)).ToList();
        if (unexpected.Count > 0)
        {
            return (Refusal.UnexpectedFields, null, [], unexpected);
        }
        var missing = config.RequiredFields.Where(f => !Fields.FieldDefinition.IsPresent(context.Parameters.GetValueOrDefault(f))).ToList();
        if (missing.Count > 0)
        {
            return (Refusal.MissingFields, null, [], missing);
        }
        var chosen = candidates.FirstOrDefault(t => t.Guard is null || t.Guard.Condition(context));
        return chosen is null
            ? (Refusal.Blocked, null, candidates.Select(t => t.Guard!.Reason).Distinct().ToList(), [])
            : (Refusal.None, chosen, [], []);
    }
}
