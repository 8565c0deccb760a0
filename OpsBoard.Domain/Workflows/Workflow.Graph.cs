using Stateless.Reflection;

namespace OpsBoard.Domain.Workflows;

public sealed partial class Workflow<TState, TTrigger>
{
    private readonly Dictionary<TState, List<TTrigger>> _triggersFrom;

    /// <summary>Stateless' own description of the machine: states, superstates, transitions and guard descriptions.</summary>
    public StateMachineInfo Info { get; }

    public IReadOnlyList<WorkflowEdge> Edges { get; }

    public IReadOnlyList<TriggerInfo> Triggers { get; }

    /// <summary>Stateless' Mermaid drawing of the machine, so the picture can never drift from the rules.</summary>
    public string Mermaid { get; }

    public string ToMermaid() => Mermaid;

    private StateInfo InfoOf(TState state) => Info.States.First(s => s.UnderlyingState.Equals(state));

    /// <summary>The state's own moves, then those it inherits from its superstates, as Stateless would fire them.</summary>
    private IEnumerable<(TTrigger Trigger, TState To, IReadOnlyList<string> Guards)> MovesFrom(TState state)
    {
        for (var info = InfoOf(state); info is not null; info = info.Superstate)
        {
            foreach (var move in info.FixedTransitions)
            {
                yield return ((TTrigger)move.Trigger.UnderlyingTrigger, (TState)move.DestinationState.UnderlyingState,
                    move.GuardConditionsMethodDescriptions.Select(g => g.Description).ToList());
            }
        }
    }

    private List<TTrigger> TriggersFrom(TState state) => MovesFrom(state).Select(m => m.Trigger).Distinct().ToList();

    private IEnumerable<WorkflowEdge> EdgesFrom(TState state) =>
        MovesFrom(state).Select(m => new WorkflowEdge(state.ToString(), m.Trigger.ToString(), m.To.ToString(), m.Guards));

    private TriggerInfo Describe(TTrigger trigger)
    {
        var name = trigger.ToString();
        var edges = Edges.Where(e => e.Trigger == name).ToList();
        var policy = _policies.Of(trigger);
        return new TriggerInfo(name, edges.Select(e => e.From).Distinct().ToList(), edges.Select(e => e.To).Distinct().ToList(),
            policy.Roles, policy.RequiredFields) { OptionalFields = policy.OptionalFields };
    }
}
