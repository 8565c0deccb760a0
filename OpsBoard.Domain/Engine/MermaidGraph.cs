using System.Text;

namespace OpsBoard.Domain.Engine;

/// <summary>Exports a machine as a Mermaid state diagram, so the drawing can never drift from the rules.</summary>
public static class MermaidGraph
{
    public static string ToMermaid<TState, TTrigger>(this StateMachine<TState, TTrigger> machine)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var text = new StringBuilder("stateDiagram-v2\n");
        text.Append("    [*] --> ").Append(machine.InitialState).Append('\n');
        foreach (var state in machine.States)
        {
            if (machine.Configure(state).Superstate is { } parent)
            {
                text.Append("    ").Append(parent).Append(" --> ").Append(state).Append(" : substate\n");
            }
        }
        foreach (var (from, trigger, to) in machine.Edges())
        {
            text.Append("    ").Append(from).Append(" --> ").Append(to).Append(" : ").Append(trigger).Append('\n');
        }
        return text.ToString();
    }
}
