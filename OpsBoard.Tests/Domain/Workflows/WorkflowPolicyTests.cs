using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using static OpsBoard.Tests.Domain.DomainKit;

namespace OpsBoard.Tests.Domain.Workflows;

public class WorkflowPolicyTests
{
    [Fact]
    public void A_trigger_allowed_for_leads_is_refused_to_an_agent_with_RoleNotAllowed()
    {
        var workflow = TestMachine.Plain();

        Assert.Equal(Refusal.RoleNotAllowed, workflow.Fire("Review", "Archive", Context(Agent)).Refusal);
        Assert.Equal("Done", workflow.Fire("Review", "Archive", Context(Lead)).Destination);
        Assert.Equal("Done", workflow.Fire("Review", "Archive", Context(Manager)).Destination);
    }

    [Fact]
    public void By_default_a_trigger_is_for_staff_and_not_for_an_admin_alone()
    {
        var workflow = TestMachine.Plain();

        Assert.Equal(Roles.Staff, workflow.Triggers.Single(t => t.Name == "Approve").Roles);
        Assert.Equal(Refusal.RoleNotAllowed, workflow.Fire("Review", "Approve", Context(AdminOnly, Values(("checked", true)))).Refusal);
        Assert.Equal("Done", workflow.Fire("Review", "Approve", Context(Actor.System, Values(("checked", true)))).Destination);
    }

    [Fact]
    public void MissingFields_lists_exactly_the_required_parameters_not_given()
    {
        var result = TestMachine.Plain().Fire("Draft", "Submit",
            Context(Agent, Values(("title", "stored on the item")), Values(("owner", "ana"), ("title", ""))));

        Assert.Equal(Refusal.MissingFields, result.Refusal);
        Assert.Equal(["title", "due"], result.MissingFields);
    }

    [Fact]
    public void Empty_lists_and_nulls_count_as_missing_but_false_and_zero_count_as_given()
    {
        var result = TestMachine.Plain().Fire("Draft", "Submit",
            Context(Agent, parameters: Values(("title", Array.Empty<string>()), ("owner", null), ("due", 0m))));

        Assert.Equal(["title", "owner"], result.MissingFields);
    }

    [Fact]
    public void A_parameter_the_trigger_does_not_take_is_refused_by_name()
    {
        var result = TestMachine.Plain().Fire("Review", "Approve", Context(Agent, parameters: Values(("checked", true), ("amount", 5m))));

        Assert.Equal(Refusal.UnexpectedFields, result.Refusal);
        Assert.Equal(["amount"], result.UnexpectedFields);
    }

    [Fact]
    public void Refusals_are_checked_state_first_then_role_then_fields_then_guards()
    {
        var workflow = TestMachine.Plain();

        Assert.Equal(Refusal.NotPermittedInState, workflow.Fire("Draft", "Archive", Context(Agent)).Refusal);
        Assert.Equal(Refusal.RoleNotAllowed, workflow.Fire("Review", "Archive", Context(Agent)).Refusal);
        Assert.Equal(Refusal.MissingFields, workflow.Fire("Draft", "Submit", Context(Agent)).Refusal);
        Assert.Equal(Refusal.Blocked, workflow.Fire("Review", "Escape", Context(Agent)).Refusal);
    }

    [Theory]
    [InlineData("Fly")]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("42")]
    [InlineData("Submit,Approve")]
    [InlineData("Submit, Archive")]
    public void A_name_that_is_not_one_of_the_triggers_is_UnknownTrigger(string trigger)
    {
        IWorkflow workflow = TestMachine.Plain();

        var result = workflow.Fire("Review", trigger, Context(Lead));

        Assert.Equal(Refusal.UnknownTrigger, result.Refusal);
        Assert.Null(result.Destination);
    }

    [Fact]
    public void Trigger_names_are_case_insensitive_and_state_names_are_exact()
    {
        IWorkflow workflow = TestMachine.Plain();

        Assert.Equal("Done", workflow.Fire("Review", "archive", Context(Lead)).Destination);
        Assert.True(workflow.IsState("Review"));
        Assert.False(workflow.IsState("review"));
        Assert.False(workflow.IsState("3"));
        Assert.False(workflow.IsState("Draft,Review"));
        Assert.Throws<ArgumentException>(() => workflow.Fire("4", "Archive", Context(Lead)));
    }

    [Fact]
    public void PermittedTriggers_lists_the_triggers_the_roles_allow_with_what_blocks_them()
    {
        var workflow = TestMachine.Plain();
        var item = Values(("checked", false), ("amount", 5m));

        var forAgent = workflow.PermittedTriggers("Review", Context(Agent, item));
        var forLead = workflow.PermittedTriggers("Review", Context(Lead, item));

        Assert.Equal(["Approve", "Route", "Escape"], forAgent.Select(t => t.Trigger));
        Assert.Equal(["Approve", "Route", "Escape", "Archive"], forLead.Select(t => t.Trigger));
        Assert.Equal(["NotChecked"], forAgent.Single(t => t.Trigger == "Approve").BlockedBy.Select(r => r.Key));
        Assert.True(forAgent.Single(t => t.Trigger == "Route").CanFire);
    }

    [Fact]
    public void PermittedTriggers_carry_the_required_fields()
    {
        var submit = TestMachine.Plain().PermittedTriggers("Draft", Context(Agent)).First();

        Assert.Equal("Submit", submit.Trigger);
        Assert.Equal(["title", "owner", "due"], submit.RequiredFields);
        Assert.True(submit.CanFire);
    }
}
