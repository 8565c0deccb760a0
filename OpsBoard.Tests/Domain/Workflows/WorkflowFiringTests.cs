using OpsBoard.Domain.Engine;
using static OpsBoard.Tests.Domain.DomainKit;

namespace OpsBoard.Tests.Domain.Workflows;

public class WorkflowFiringTests
{
    private static readonly Dictionary<string, object?> SubmitFields = Values(("title", "T"), ("owner", "ana"), ("due", new DateOnly(2025, 5, 1)));

    [Fact]
    public void A_permitted_move_lands_on_its_destination_and_keeps_the_parameters_as_changes()
    {
        var result = TestMachine.Plain().Fire("Draft", "Submit", Context(Agent, parameters: SubmitFields));

        Assert.True(result.Succeeded);
        Assert.Equal("Review", result.Destination);
        Assert.Equal("Submit", result.Trigger);
        Assert.Equal("ana", result.Changes["owner"]);
        Assert.Empty(result.BlockedBy);
    }

    [Fact]
    public void A_guarded_move_is_blocked_with_its_reason_while_the_guard_fails()
    {
        var result = TestMachine.Plain().Fire("Review", "Approve", Context(Agent, Values(("checked", false))));

        Assert.Equal(Refusal.Blocked, result.Refusal);
        Assert.Null(result.Destination);
        Assert.Equal(["NotChecked"], result.BlockedBy.Select(r => r.Key));
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void A_guard_passes_once_it_holds_and_a_parameter_wins_over_the_stored_field()
    {
        var workflow = TestMachine.Plain();

        Assert.Equal("Done", workflow.Fire("Review", "Approve", Context(Agent, Values(("checked", true)))).Destination);
        Assert.Equal("Done", workflow.Fire("Review", "Approve", Context(Agent, Values(("checked", false)), Values(("checked", true)))).Destination);
    }

    [Theory]
    [InlineData(999.99, "Small")]
    [InlineData(1000, "Large")]
    public void Guards_choose_between_two_destinations_of_one_trigger(double amount, string expected) =>
        Assert.Equal(expected, TestMachine.Plain().Fire("Review", "Route", Context(Agent, Values(("amount", (decimal)amount)))).Destination);

    [Fact]
    public void When_no_guard_of_a_trigger_holds_every_reason_is_given_once()
    {
        var result = TestMachine.Plain().Fire("Review", "Route", Context(Agent));

        Assert.Equal(Refusal.Blocked, result.Refusal);
        Assert.Equal(["TooSmall", "TooLarge"], result.BlockedBy.Select(r => r.Key));
    }

    [Fact]
    public void A_reentry_stays_in_the_state_and_its_entry_action_sets_a_field()
    {
        var result = TestMachine.Plain().Fire("Done", "Touch", Context(Lead));

        Assert.Equal("Done", result.Destination);
        Assert.Equal("lucas", result.Changes["touchedBy"]);
    }

    [Fact]
    public void An_entry_action_for_one_trigger_runs_only_for_that_trigger()
    {
        var submitted = TestMachine.Plain().Fire("Draft", "Submit", Context(Agent, parameters: SubmitFields));
        var jumped = TestMachine.Plain().Fire("Draft", "Jump", Context(Agent));

        Assert.False(submitted.Changes.ContainsKey("jumped"));
        Assert.Equal(true, jumped.Changes["jumped"]);
    }

    [Fact]
    public void Exit_and_entry_actions_run_on_a_move_and_none_runs_on_a_refused_one()
    {
        var log = new List<string>();
        var workflow = TestMachine.Plain(log.Add);

        workflow.Fire("Review", "Escape", Context(Agent));
        Assert.Empty(log);
        workflow.Fire("Draft", "Jump", Context(Agent));
        Assert.Equal(["exit Draft", "enter Review"], log);
    }

    [Fact]
    public void A_trigger_configured_on_a_superstate_fires_from_its_substate()
    {
        var workflow = TestMachine.Plain();

        Assert.Equal("Elsewhere", workflow.Fire("ChildB", "Escape", Context(Agent)).Destination);
        Assert.Contains(workflow.PermittedTriggers("ChildB", Context(Agent)), t => t.Trigger == "Escape");
        Assert.Equal(Refusal.NotPermittedInState, workflow.Fire("ChildB", "Jump", Context(Agent)).Refusal);
    }

    [Fact]
    public void The_workflow_describes_every_move_once_with_the_reason_keys_of_its_guards()
    {
        var edges = TestMachine.Plain().Edges;

        Assert.Contains(edges, e => e is { From: "Review", Trigger: "Route", To: "Large" } && e.Guards.SequenceEqual(["TooSmall"]));
        Assert.Contains(edges, e => e is { From: "Done", Trigger: "Touch", To: "Done" });
        Assert.Contains(edges, e => e is { From: "ChildA", Trigger: "Escape", To: "Elsewhere" });
        Assert.Equal(edges.Count, edges.Distinct().Count());
    }
}
