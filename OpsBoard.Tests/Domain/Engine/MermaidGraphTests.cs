using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Tests.Domain.Engine;

public class MermaidGraphTests
{
    [Fact]
    public void The_diagram_starts_at_the_initial_state_and_draws_every_edge_and_substate()
    {
        var m = new StateMachine<Step, Move>(Step.Draft);
        m.Configure(Step.Draft).Permit(Move.Submit, Step.Review);
        m.Configure(Step.Review).PermitIf(Move.Route, Step.Small, _ => true, "R1").PermitIf(Move.Route, Step.Large, _ => false, "R2");
        m.Configure(Step.Done).PermitReentry(Move.Touch);
        m.Configure(Step.ChildA).SubstateOf(Step.Parent);

        var lines = m.ToMermaid().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("stateDiagram-v2", lines[0]);
        Assert.Equal("    [*] --> Draft", lines[1]);
        Assert.Equal(
            [
                "    Parent --> ChildA : substate",
                "    Draft --> Review : Submit",
                "    Review --> Small : Route",
                "    Review --> Large : Route",
                "    Done --> Done : Touch",
            ],
            lines.Skip(2));
    }

    [Fact]
    public void Every_catalog_workflow_draws_one_line_per_move_it_describes()
    {
        foreach (var workflow in WorkflowCatalog.Default.All)
        {
            var lines = workflow.ToMermaid().Split('\n', StringSplitOptions.RemoveEmptyEntries);

            Assert.Equal($"    [*] --> {workflow.InitialState}", lines[1]);
            foreach (var trigger in workflow.Triggers)
            {
                Assert.Contains(lines, l => l.EndsWith($" : {trigger.Name}", StringComparison.Ordinal));
                Assert.All(trigger.From, from => Assert.Contains(lines, l => l.StartsWith($"    {from} --> ", StringComparison.Ordinal) && l.EndsWith($" : {trigger.Name}", StringComparison.Ordinal)));
                Assert.All(trigger.To, to => Assert.Contains(lines, l => l.Contains($" --> {to} : {trigger.Name}", StringComparison.Ordinal)));
            }
        }
    }
}
