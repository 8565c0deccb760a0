using OpsBoard.Domain.Workflows;

namespace OpsBoard.Tests.Domain.Workflows;

public class WorkflowDiagramTests
{
    [Fact]
    public void The_diagram_is_Stateless_own_and_starts_at_the_initial_state()
    {
        var mermaid = TestMachine.Plain().ToMermaid();

        Assert.StartsWith("stateDiagram-v2", mermaid, StringComparison.Ordinal);
        Assert.Contains("[*] --> Draft", mermaid, StringComparison.Ordinal);
        Assert.Contains("Review --> Large : Route [TooSmall]", mermaid, StringComparison.Ordinal);
        Assert.Contains("state Parent {", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_catalog_workflow_draws_every_move_it_describes()
    {
        foreach (var workflow in WorkflowCatalog.Default.All)
        {
            var lines = workflow.ToMermaid().Split('\n').Select(l => l.Trim()).ToList();

            Assert.Contains($"[*] --> {workflow.InitialState}", lines);
            Assert.All(workflow.Edges, e => Assert.Contains(lines, l => WorkflowAssert.Draws(l, e.From, e.Trigger, e.To)));
        }
    }
}
