using OpsBoard.Domain.Workflows;

namespace OpsBoard.Components.Pages.Workflows;

public sealed record GraphNode(string State, double X, double Y, bool IsDone);

public sealed record GraphEdge(string Trigger, GraphNode From, GraphNode To);

/// <summary>
/// Lays out a workflow's states left to right by their distance from the initial state, from
/// Stateless' own description of the machine, so the picture is the machine and not a drawing of it.
/// </summary>
public sealed record WorkflowGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, double Width, double Height)
{
    public const double NodeWidth = 150;
    public const double NodeHeight = 40;
    private const double ColumnGap = 70;
    private const double RowGap = 26;

    public static WorkflowGraph Of(IWorkflow workflow)
    {
        var depth = new Dictionary<string, int> { [workflow.InitialState] = 0 };
        var queue = new Queue<string>([workflow.InitialState]);
        var edges = workflow.Edges.Select(e => (Name: e.Trigger, e.From, e.To)).ToList();
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var edge in edges.Where(e => e.From == state && !depth.ContainsKey(e.To)))
            {
                depth[edge.To] = depth[state] + 1;
                queue.Enqueue(edge.To);
            }
        }
        foreach (var state in workflow.States.Where(s => !depth.ContainsKey(s)))
        {
            depth[state] = depth.Values.Max() + 1;
        }
        var nodes = new Dictionary<string, GraphNode>();
        foreach (var column in workflow.States.GroupBy(s => depth[s]).OrderBy(g => g.Key))
        {
            var row = 0;
            foreach (var state in column)
            {
                nodes[state] = new GraphNode(state, 10 + (column.Key * (NodeWidth + ColumnGap)), 10 + (row++ * (NodeHeight + RowGap)),
                    workflow.DoneStates.Contains(state));
            }
        }
        var graphEdges = edges.Select(e => new GraphEdge(e.Name, nodes[e.From], nodes[e.To])).ToList();
        return new WorkflowGraph([.. nodes.Values], graphEdges,
            nodes.Values.Max(n => n.X) + NodeWidth + 20, nodes.Values.Max(n => n.Y) + NodeHeight + 20);
    }
}
