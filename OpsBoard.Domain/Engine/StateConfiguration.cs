namespace OpsBoard.Domain.Engine;

/// <summary>The fluent configuration of one state, in the shape of Stateless' API.</summary>
public sealed class StateConfiguration<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly List<Transition<TState, TTrigger>> _transitions = [];
    private readonly List<Action<TransitionContext>> _entryActions = [];
    private readonly List<Action<TransitionContext>> _exitActions = [];
    private readonly Dictionary<TTrigger, List<Action<TransitionContext>>> _entryFromActions = [];

    internal StateConfiguration(TState state) => State = state;

    public TState State { get; }

    public TState? Superstate { get; private set; }

    internal IReadOnlyList<Transition<TState, TTrigger>> Transitions => _transitions;

    public StateConfiguration<TState, TTrigger> Permit(TTrigger trigger, TState destination) => Add(trigger, destination, null);

    public StateConfiguration<TState, TTrigger> PermitIf(TTrigger trigger, TState destination, Func<TransitionContext, bool> guard, string reasonKey) =>
        Add(trigger, destination, new Guard(guard, reasonKey));

    /// <summary>A move that stays in the state (an audited change), running the state's exit and entry actions again.</summary>
    public StateConfiguration<TState, TTrigger> PermitReentry(TTrigger trigger) => Add(trigger, State, null);

    public StateConfiguration<TState, TTrigger> SubstateOf(TState superstate)
    {
        Superstate = superstate;
        return this;
    }

    public StateConfiguration<TState, TTrigger> OnEntry(Action<TransitionContext> action)
    {
        _entryActions.Add(action);
        return this;
    }

    public StateConfiguration<TState, TTrigger> OnEntryFrom(TTrigger trigger, Action<TransitionContext> action)
    {
        if (!_entryFromActions.TryGetValue(trigger, out var list))
        {
            _entryFromActions[trigger] = list = [];
        }
        list.Add(action);
        return this;
    }

    public StateConfiguration<TState, TTrigger> OnExit(Action<TransitionContext> action)
    {
        _exitActions.Add(action);
        return this;
    }

    internal void Enter(TTrigger trigger, TransitionContext context)
    {
        foreach (var action in _entryActions)
        {
            action(context);
        }
        foreach (var action in _entryFromActions.GetValueOrDefault(trigger) ?? [])
        {
            action(context);
        }
    }

    internal void Exit(TransitionContext context)
    {
        foreach (var action in _exitActions)
        {
            action(context);
        }
    }

    private StateConfiguration<TState, TTrigger> Add(TTrigger trigger, TState destination, Guard? guard)
    {
        _transitions.Add(new(State, trigger, destination, guard));
        return this;
    }
}
