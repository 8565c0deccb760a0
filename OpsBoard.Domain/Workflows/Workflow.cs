using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Sla;
using Stateless;

namespace OpsBoard.Domain.Workflows;

/// <summary>
/// A workflow: a Stateless state machine over the item's stored state, with our policy beside it
/// (roles, parameters, reasons) and the names the rest of OpsBoard speaks. The machine is built
/// afresh for each question, bound to the item's state and the move's context, because guards and
/// actions read that context and a shared machine would share it between requests.
/// </summary>
public sealed partial class Workflow<TState, TTrigger> : IWorkflow
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Action<StateMachine<TState, TTrigger>, TransitionContext> _configure;
    private readonly TriggerPolicies<TTrigger> _policies;
    private readonly Dictionary<TState, SlaRule> _sla;
    private readonly Dictionary<TState, Party> _holders;

    /// <summary>A workflow from its parts; <paramref name="configure"/> sets up a Stateless machine whose guards and actions read the context it is given.</summary>
    public Workflow(string type, TState initialState, Action<StateMachine<TState, TTrigger>, TransitionContext> configure,
        TriggerPolicies<TTrigger> policies, IReadOnlyList<FieldDefinition> fields, IEnumerable<TState> doneStates,
        IReadOnlyDictionary<TState, SlaRule> sla, IEnumerable<TTrigger>? automatic = null, IReadOnlyDictionary<TState, Party>? holders = null)
    {
        Type = type;
        Initial = initialState;
        _configure = configure;
        _policies = policies;
        _sla = new(sla);
        _holders = new(holders ?? new Dictionary<TState, Party>());
        Fields = fields;
        DoneStates = doneStates.Select(s => s.ToString()).ToHashSet();
        AutomaticTriggers = (automatic ?? []).Select(t => t.ToString()).ToList();
        States = Enum.GetNames<TState>();
        Info = Machine(initialState, TransitionContext.Describing).GetInfo();
        _triggersFrom = Enum.GetValues<TState>().ToDictionary(s => s, TriggersFrom);
        Edges = Enum.GetValues<TState>().SelectMany(EdgesFrom).ToList();
        Triggers = Enum.GetValues<TTrigger>().Select(Describe).ToList();
        Mermaid = Stateless.Graph.MermaidGraph.Format(Info);
    }

    public string Type { get; }

    public TState Initial { get; }

    public string InitialState => Initial.ToString();

    public IReadOnlyList<string> States { get; }

    public IReadOnlySet<string> DoneStates { get; }

    public IReadOnlyList<FieldDefinition> Fields { get; }

    public IReadOnlyList<string> AutomaticTriggers { get; }

    public bool IsState(string state) => TryName<TState>(state, StringComparison.Ordinal, out _);

    public SlaRule? SlaFor(string state) => TryName<TState>(state, StringComparison.Ordinal, out var s) ? _sla.GetValueOrDefault(s) : null;

    public Party? HolderOf(string state) =>
        !TryName<TState>(state, StringComparison.Ordinal, out var s) || DoneStates.Contains(state) ? null : _holders.GetValueOrDefault(s, Party.Desk);

    /// <summary>A Stateless machine standing in the given state, whose guards and actions see the given context.</summary>
    public StateMachine<TState, TTrigger> Machine(TState state, TransitionContext context)
    {
        var current = state;
        var machine = new StateMachine<TState, TTrigger>(() => current, s => current = s);
        _configure(machine, context);
        return machine;
    }

    private static TState ParseState(string state) =>
        TryName<TState>(state, StringComparison.Ordinal, out var s) ? s : throw new ArgumentException($"'{state}' is not a state of this workflow.", nameof(state));

    /// <summary>
    /// Exactly one declared name. Enum.TryParse would also take numbers ("42") and comma lists
    /// ("Identify,Cancel" is Cancel, their bits OR-ed), which are not names of the public API.
    /// </summary>
    private static bool TryName<TEnum>(string? name, StringComparison comparison, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), name, comparison))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
