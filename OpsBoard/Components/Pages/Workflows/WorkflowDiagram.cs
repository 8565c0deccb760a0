using System.Globalization;
using System.Text;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Components.Pages.Workflows;

/// <summary>
/// A workflow's machine as a Mermaid state diagram for people: the moves are Stateless' own
/// (<see cref="IWorkflow.Edges"/>), the names are in the reader's language and each open state
/// carries how many items stand in it. Mermaid lays it out, so labels never sit on each other.
/// </summary>
public static class WorkflowDiagram
{
    public static string Text(IWorkflow workflow, Func<string, int> count)
    {
        var text = new StringBuilder("stateDiagram-v2\n    direction TB\n");
        text.Append("    classDef done fill:#d1e7dd,stroke:#146c43,color:#0a3622\n");
        text.Append("    classDef busy fill:#cfe2ff,stroke:#0a58ca,color:#052c65\n");
        text.Append("    classDef idle fill:#f8f9fa,stroke:#6c757d,color:#212529\n");
        foreach (var state in workflow.States)
        {
            var label = WorkflowText.State(state);
            var done = workflow.DoneStates.Contains(state);
            if (!done)
            {
                label += " · " + count(state).ToString("N0", CultureInfo.CurrentCulture);
            }
            text.Append("    state \"").Append(Escape(label)).Append("\" as ").Append(state).Append('\n');
            text.Append("    class ").Append(state).Append(done ? " done" : count(state) > 0 ? " busy" : " idle").Append('\n');
        }
        text.Append("    [*] --> ").Append(workflow.InitialState).Append('\n');
        // Moves between the same two states share one arrow, or Mermaid draws their labels on top of each other.
        foreach (var pair in workflow.Edges.GroupBy(e => (e.From, e.To)))
        {
            text.Append("    ").Append(pair.Key.From).Append(" --> ").Append(pair.Key.To).Append(" : ")
                .AppendJoin("<br/>", pair.Select(e => Escape(WorkflowText.Trigger(e.Trigger))).Distinct()).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Mermaid reads quotes, colons, semicolons and hashes as syntax; its entity codes keep them as text.</summary>
    public static string Escape(string label)
    {
        var text = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (c is '#' or '"' or ':' or ';')
            {
                text.Append('#').Append((int)c).Append(';');
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }
}
