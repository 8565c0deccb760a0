using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Domain.Workflows;

/// <summary>Binds a typed state machine to the names the rest of OpsBoard speaks.</summary>
public sealed class Workflow<TState, TTrigger> : IWorkflow
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Dictionary<TState, SlaRule> _sla;

    public Workflow(string type, StateMachine<TState, TTrigger> machine, IReadOnlyList<FieldDefinition> fields,
        IEnumerable<TState> doneStates, IReadOnlyDictionary<TState, SlaRule> sla, IEnumerable<TTrigger>? automatic = null)
    {
        AutomaticTriggers = (automatic ?? []).Select(t => t.ToString()).ToList();
        Type = type;
        Machine = machine;
        Fields = fields;
        _sla = new(sla);
        DoneStates = doneStates.Select(s => s.ToString()).ToHashSet();
        States = machine.States.Select(s => s.ToString()).ToList();
        Triggers = machine.Triggers.Select(Describe).ToList();
    }

    public StateMachine<TState, TTrigger> Machine { get; }

    public string Type { get; }

    public string InitialState => Machine.InitialState.ToString();

    public IReadOnlyList<string> States { get; }

    public IReadOnlySet<string> DoneStates { get; }

    public IReadOnlyList<FieldDefinition> Fields { get; }

    public IReadOnlyList<TriggerInfo> Triggers { get; }

    public IReadOnlyList<string> AutomaticTriggers { get; }

    public bool IsState(string state) => TryName<TState>(state, StringComparison.Ordinal, out _);

    public SlaRule? SlaFor(string state) => TryName<TState>(state, StringComparison.Ordinal, out var s) ? _sla.GetValueOrDefault(s) : null;

    public FireResult Fire(string state, string trigger, TransitionContext context) =>
        TryTrigger(trigger, out var t)
            ? Machine.Fire(ParseState(state), t, context)
            : new FireResult(Refusal.UnknownTrigger, null, new Dictionary<string, object?>(), [], []);

    public IReadOnlyList<TriggerAvailability> PermittedTriggers(string state, TransitionContext context) =>
        Machine.PermittedTriggers(ParseState(state), context);

    public string ToMermaid() => Machine.ToMermaid();

    private static bool TryTrigger(string name, out TTrigger trigger) => TryName(name, StringComparison.OrdinalIgnoreCase, out trigger);

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

    private TriggerInfo Describe(TTrigger trigger)
    {
        var edges = Machine.Edges().Where(e => e.Trigger.Equals(trigger)).ToList();
        var config = Machine.Trigger(trigger);
        return new TriggerInfo(trigger.ToString(),
            edges.Select(e => e.From.ToString()).Distinct().ToList(),
            edges.Select(e => e.To.ToString()).Distinct().ToList(),
            config.Roles, config.RequiredFields) { OptionalFields = config.OptionalFields };
    }
}
