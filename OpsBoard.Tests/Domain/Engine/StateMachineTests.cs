using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Tests.Domain.Engine;

public enum Step
{
    Draft, Review, Small, Large, Done, Parent, ChildA, ChildB, Elsewhere,
}

public enum Move
{
    Submit, Approve, Route, Touch, Archive, Jump, Swap, Escape, Lift,
}

public class StateMachineTests
{
    private static StateMachine<Step, Move> Plain()
    {
        var m = new StateMachine<Step, Move>(Step.Draft);
        m.Configure(Step.Draft).Permit(Move.Submit, Step.Review);
        m.Configure(Step.Review)
            .PermitIf(Move.Approve, Step.Done, c => c.Field("checked") is true, "NotChecked")
            .PermitIf(Move.Route, Step.Large, c => c.Field("amount") is decimal a && a >= 1000m, "TooSmall")
            .PermitIf(Move.Route, Step.Small, c => c.Field("amount") is decimal a && a < 1000m, "TooLarge")
            .Permit(Move.Archive, Step.Done);
        m.Configure(Step.Done).PermitReentry(Move.Touch)
            .OnEntryFrom(Move.Touch, c => c.Set("touchedBy", c.Actor.UserName));
        m.Trigger(Move.Archive).AllowedFor(Roles.Lead, Roles.Manager);
        m.Trigger(Move.Approve).Optional("checked");
        m.Trigger(Move.Submit).Requires("title", "owner", "due");
        return m;
    }

    [Fact]
    public void Permit_moves_to_the_destination_and_keeps_the_parameters_as_changes()
    {
        var result = Plain().Fire(Step.Draft, Move.Submit,
            DomainKit.Context(DomainKit.Agent, parameters: DomainKit.Values(("title", "T"), ("owner", "ana"), ("due", new DateOnly(2025, 5, 1)))));

        Assert.True(result.Succeeded);
        Assert.Equal(Refusal.None, result.Refusal);
        Assert.Equal("Review", result.Destination);
        Assert.Equal("T", result.Changes["title"]);
        Assert.Equal("ana", result.Changes["owner"]);
        Assert.Empty(result.BlockedBy);
        Assert.Empty(result.MissingFields);
    }

    [Fact]
    public void PermitIf_blocks_with_its_reason_while_the_guard_fails()
    {
        var result = Plain().Fire(Step.Review, Move.Approve, DomainKit.Context(DomainKit.Agent, DomainKit.Values(("checked", false))));

        Assert.False(result.Succeeded);
        Assert.Equal(Refusal.Blocked, result.Refusal);
        Assert.Null(result.Destination);
        Assert.Equal(["NotChecked"], result.BlockedBy.Select(r => r.Key));
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void PermitIf_passes_once_the_guard_holds_and_a_parameter_wins_over_the_stored_field()
    {
        var m = Plain();

        var fromItem = m.Fire(Step.Review, Move.Approve, DomainKit.Context(DomainKit.Agent, DomainKit.Values(("checked", true))));
        var fromParameter = m.Fire(Step.Review, Move.Approve,
            DomainKit.Context(DomainKit.Agent, DomainKit.Values(("checked", false)), DomainKit.Values(("checked", true))));

        Assert.Equal("Done", fromItem.Destination);
        Assert.Equal("Done", fromParameter.Destination);
    }

    [Theory]
    [InlineData(999.99, "Small")]
    [InlineData(1000, "Large")]
    [InlineData(250000, "Large")]
    public void Guards_choose_between_two_destinations_of_one_trigger(double amount, string expected)
    {
        var result = Plain().Fire(Step.Review, Move.Route, DomainKit.Context(DomainKit.Agent, DomainKit.Values(("amount", (decimal)amount))));

        Assert.Equal(expected, result.Destination);
    }

    [Fact]
    public void When_no_guard_of_a_trigger_holds_every_reason_is_given()
    {
        var result = Plain().Fire(Step.Review, Move.Route, DomainKit.Context(DomainKit.Agent));

        Assert.Equal(Refusal.Blocked, result.Refusal);
        Assert.Equal(["TooSmall", "TooLarge"], result.BlockedBy.Select(r => r.Key));
    }

    [Fact]
    public void PermitReentry_stays_in_the_state_and_OnEntryFrom_sets_a_field()
    {
        var result = Plain().Fire(Step.Done, Move.Touch, DomainKit.Context(DomainKit.Lead));

        Assert.True(result.Succeeded);
        Assert.Equal("Done", result.Destination);
        Assert.Equal("lucas", result.Changes["touchedBy"]);
    }

    [Fact]
    public void OnEntryFrom_runs_only_for_its_own_trigger()
    {
        var m = new StateMachine<Step, Move>(Step.Draft);
        m.Configure(Step.Draft).Permit(Move.Submit, Step.Review).Permit(Move.Jump, Step.Review);
        m.Configure(Step.Review).OnEntryFrom(Move.Jump, c => c.Set("jumped", true));

        var submitted = m.Fire(Step.Draft, Move.Submit, DomainKit.Context(DomainKit.Agent));
        var jumped = m.Fire(Step.Draft, Move.Jump, DomainKit.Context(DomainKit.Agent));

        Assert.False(submitted.Changes.ContainsKey("jumped"));
        Assert.Equal(true, jumped.Changes["jumped"]);
    }

    [Fact]
    public void Exit_actions_of_the_source_run_before_entry_actions_of_the_destination()
    {
        var log = new List<string>();
        var m = new StateMachine<Step, Move>(Step.Draft);
        m.Configure(Step.Draft).Permit(Move.Submit, Step.Review)
            .OnExit(_ => log.Add("exit Draft 1"))
            .OnExit(_ => log.Add("exit Draft 2"))
            .OnEntry(_ => log.Add("enter Draft"));
        m.Configure(Step.Review)
            .OnEntry(_ => log.Add("enter Review 1"))
            .OnEntryFrom(Move.Submit, _ => log.Add("enter Review from Submit"))
            .OnEntry(_ => log.Add("enter Review 2"))
            .OnExit(_ => log.Add("exit Review"));

        m.Fire(Step.Draft, Move.Submit, DomainKit.Context(DomainKit.Agent));

        Assert.Equal(["exit Draft 1", "exit Draft 2", "enter Review 1", "enter Review 2", "enter Review from Submit"], log);
    }

    [Fact]
    public void A_reentry_runs_the_exit_and_then_the_entry_actions_of_the_state()
    {
        var log = new List<string>();
        var m = new StateMachine<Step, Move>(Step.Draft);
        m.Configure(Step.Done).PermitReentry(Move.Touch)
            .OnExit(_ => log.Add("exit Done"))
            .OnEntry(_ => log.Add("enter Done"));

        var result = m.Fire(Step.Done, Move.Touch, DomainKit.Context(DomainKit.Agent));

        Assert.Equal("Done", result.Destination);
        Assert.Equal(["exit Done", "enter Done"], log);
    }

    [Fact]
    public void A_refused_trigger_runs_no_action()
    {
        var log = new List<string>();
        var m = new StateMachine<Step, Move>(Step.Draft);
        m.Configure(Step.Draft).PermitIf(Move.Submit, Step.Review, _ => false, "Never").OnExit(_ => log.Add("exit"));
        m.Configure(Step.Review).OnEntry(_ => log.Add("enter"));

        var result = m.Fire(Step.Draft, Move.Submit, DomainKit.Context(DomainKit.Agent));

        Assert.Equal(Refusal.Blocked, result.Refusal);
        Assert.Empty(log);
    }

    private static (StateMachine<Step, Move> Machine, List<string> Log) Nested()
    {
        var log = new List<string>();
        var m = new StateMachine<Step, Move>(Step.Draft);
        m.Configure(Step.Draft).Permit(Move.Submit, Step.ChildA).OnExit(_ => log.Add("exit Draft"));
        m.Configure(Step.Parent).Permit(Move.Escape, Step.Elsewhere)
            .OnEntry(_ => log.Add("enter Parent")).OnExit(_ => log.Add("exit Parent"));
        m.Configure(Step.ChildA).SubstateOf(Step.Parent).Permit(Move.Swap, Step.ChildB).Permit(Move.Lift, Step.Parent)
            .OnEntry(_ => log.Add("enter ChildA")).OnExit(_ => log.Add("exit ChildA"));
        m.Configure(Step.ChildB).SubstateOf(Step.Parent)
            .OnEntry(_ => log.Add("enter ChildB")).OnExit(_ => log.Add("exit ChildB"));
        m.Configure(Step.Elsewhere).OnEntry(_ => log.Add("enter Elsewhere"));
        return (m, log);
    }

    [Fact]
    public void A_trigger_configured_on_a_superstate_fires_from_its_substate()
    {
        var (m, _) = Nested();

        var result = m.Fire(Step.ChildB, Move.Escape, DomainKit.Context(DomainKit.Agent));

        Assert.Equal("Elsewhere", result.Destination);
        Assert.Contains(m.PermittedTriggers(Step.ChildB, DomainKit.Context(DomainKit.Agent)), t => t.Trigger == "Escape");
        Assert.Equal(Refusal.NotPermittedInState, m.Fire(Step.ChildB, Move.Swap, DomainKit.Context(DomainKit.Agent)).Refusal);
    }

    [Fact]
    public void Leaving_a_substate_for_an_outside_state_exits_the_substate_then_the_superstate()
    {
        var (m, log) = Nested();

        m.Fire(Step.ChildA, Move.Escape, DomainKit.Context(DomainKit.Agent));

        Assert.Equal(["exit ChildA", "exit Parent", "enter Elsewhere"], log);
    }

    [Fact]
    public void Entering_a_substate_from_outside_enters_the_superstate_then_the_substate()
    {
        var (m, log) = Nested();

        m.Fire(Step.Draft, Move.Submit, DomainKit.Context(DomainKit.Agent));

        Assert.Equal(["exit Draft", "enter Parent", "enter ChildA"], log);
    }

    [Fact]
    public void Moving_between_siblings_neither_exits_nor_enters_their_superstate()
    {
        var (m, log) = Nested();

        var result = m.Fire(Step.ChildA, Move.Swap, DomainKit.Context(DomainKit.Agent));

        Assert.Equal("ChildB", result.Destination);
        Assert.Equal(["exit ChildA", "enter ChildB"], log);
    }

    [Fact]
    public void Moving_from_a_substate_up_to_its_superstate_exits_only_the_substate()
    {
        var (m, log) = Nested();

        var result = m.Fire(Step.ChildA, Move.Lift, DomainKit.Context(DomainKit.Agent));

        Assert.Equal("Parent", result.Destination);
        Assert.Equal(["exit ChildA"], log);
    }

    [Fact]
    public void Ancestry_lists_the_state_then_its_superstates()
    {
        var (m, _) = Nested();

        Assert.Equal([Step.ChildA, Step.Parent], m.Ancestry(Step.ChildA));
        Assert.Equal([Step.Draft], m.Ancestry(Step.Draft));
    }

    [Fact]
    public void A_trigger_allowed_for_leads_is_refused_to_an_agent_with_RoleNotAllowed()
    {
        var m = Plain();

        var byAgent = m.Fire(Step.Review, Move.Archive, DomainKit.Context(DomainKit.Agent));
        var byLead = m.Fire(Step.Review, Move.Archive, DomainKit.Context(DomainKit.Lead));
        var byManager = m.Fire(Step.Review, Move.Archive, DomainKit.Context(DomainKit.Manager));

        Assert.Equal(Refusal.RoleNotAllowed, byAgent.Refusal);
        Assert.Null(byAgent.Destination);
        Assert.Equal("Done", byLead.Destination);
        Assert.Equal("Done", byManager.Destination);
    }

    [Fact]
    public void By_default_a_trigger_is_for_staff_and_not_for_an_admin_alone()
    {
        var m = Plain();

        Assert.Equal(Roles.Staff, m.Trigger(Move.Approve).Roles);
        Assert.Equal(Refusal.RoleNotAllowed, m.Fire(Step.Review, Move.Approve, DomainKit.Context(DomainKit.AdminOnly, DomainKit.Values(("checked", true)))).Refusal);
        Assert.Equal("Done", m.Fire(Step.Review, Move.Approve, DomainKit.Context(Actor.System, DomainKit.Values(("checked", true)))).Destination);
    }

    [Fact]
    public void MissingFields_lists_exactly_the_required_parameters_not_given()
    {
        var result = Plain().Fire(Step.Draft, Move.Submit,
            DomainKit.Context(DomainKit.Agent, DomainKit.Values(("title", "stored on the item")), DomainKit.Values(("owner", "ana"), ("title", ""))));

        Assert.Equal(Refusal.MissingFields, result.Refusal);
        Assert.Equal(["title", "due"], result.MissingFields);
        Assert.Null(result.Destination);
    }

    [Fact]
    public void Empty_lists_and_nulls_count_as_missing_but_false_and_zero_count_as_given()
    {
        var m = new StateMachine<Step, Move>(Step.Draft);
        m.Configure(Step.Draft).Permit(Move.Submit, Step.Review);
        m.Trigger(Move.Submit).Requires("list", "nothing", "flag", "zero");

        var result = m.Fire(Step.Draft, Move.Submit, DomainKit.Context(DomainKit.Agent,
            parameters: DomainKit.Values(("list", Array.Empty<string>()), ("nothing", null), ("flag", false), ("zero", 0m))));

        Assert.Equal(["list", "nothing"], result.MissingFields);
    }

    [Fact]
    public void A_trigger_without_a_move_from_the_state_is_NotPermittedInState()
    {
        var m = Plain();

        Assert.Equal(Refusal.NotPermittedInState, m.Fire(Step.Draft, Move.Approve, DomainKit.Context(DomainKit.Lead)).Refusal);
        Assert.Equal(Refusal.NotPermittedInState, m.Fire(Step.Small, Move.Submit, DomainKit.Context(DomainKit.Lead)).Refusal);
    }

    [Fact]
    public void Refusals_are_checked_state_first_then_role_then_fields_then_guards()
    {
        var m = new StateMachine<Step, Move>(Step.Draft);
        m.Configure(Step.Draft).PermitIf(Move.Submit, Step.Review, _ => false, "Never");
        m.Trigger(Move.Submit).AllowedFor(Roles.Lead).Requires("title");

        Assert.Equal(Refusal.NotPermittedInState, m.Fire(Step.Review, Move.Submit, DomainKit.Context(DomainKit.Agent)).Refusal);
        Assert.Equal(Refusal.RoleNotAllowed, m.Fire(Step.Draft, Move.Submit, DomainKit.Context(DomainKit.Agent)).Refusal);
        Assert.Equal(Refusal.MissingFields, m.Fire(Step.Draft, Move.Submit, DomainKit.Context(DomainKit.Lead)).Refusal);
        Assert.Equal(Refusal.Blocked, m.Fire(Step.Draft, Move.Submit, DomainKit.Context(DomainKit.Lead, parameters: DomainKit.Values(("title", "t")))).Refusal);
    }

    [Theory]
    [InlineData("Fly")]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("42")]
    [InlineData("Submit,Approve")]
    [InlineData("Submit, Archive")]
    public void A_name_that_is_not_one_of_the_triggers_is_UnknownTrigger_through_IWorkflow(string trigger)
    {
        IWorkflow workflow = new Workflow<Step, Move>("plain", Plain(), [], [Step.Done], new Dictionary<Step, OpsBoard.Domain.Sla.SlaRule>());

        var result = workflow.Fire("Review", trigger, DomainKit.Context(DomainKit.Lead));

        Assert.Equal(Refusal.UnknownTrigger, result.Refusal);
        Assert.Null(result.Destination);
    }

    [Fact]
    public void Trigger_names_are_case_insensitive_through_IWorkflow_and_state_names_are_exact()
    {
        IWorkflow workflow = new Workflow<Step, Move>("plain", Plain(), [], [Step.Done], new Dictionary<Step, OpsBoard.Domain.Sla.SlaRule>());

        var result = workflow.Fire("Review", "archive", DomainKit.Context(DomainKit.Lead));

        Assert.Equal("Done", result.Destination);
        Assert.True(workflow.IsState("Review"));
        Assert.False(workflow.IsState("review"));
        Assert.False(workflow.IsState("3"));
        Assert.False(workflow.IsState("Draft,Review"));
        Assert.Throws<ArgumentException>(() => workflow.Fire("4", "Archive", DomainKit.Context(DomainKit.Lead)));
    }

    [Fact]
    public void PermittedTriggers_lists_the_triggers_the_roles_allow_with_what_blocks_them()
    {
        var m = Plain();
        var item = DomainKit.Values(("checked", false), ("amount", 5m));

        var forAgent = m.PermittedTriggers(Step.Review, DomainKit.Context(DomainKit.Agent, item));
        var forLead = m.PermittedTriggers(Step.Review, DomainKit.Context(DomainKit.Lead, item));

        Assert.Equal(["Approve", "Route"], forAgent.Select(t => t.Trigger));
        Assert.Equal(["Approve", "Route", "Archive"], forLead.Select(t => t.Trigger));
        var approve = forAgent.Single(t => t.Trigger == "Approve");
        Assert.False(approve.CanFire);
        Assert.Equal(["NotChecked"], approve.BlockedBy.Select(r => r.Key));
        var route = forAgent.Single(t => t.Trigger == "Route");
        Assert.True(route.CanFire);
        Assert.Empty(route.BlockedBy);
    }

    [Fact]
    public void PermittedTriggers_carry_the_required_fields()
    {
        var submit = Assert.Single(Plain().PermittedTriggers(Step.Draft, DomainKit.Context(DomainKit.Agent)));

        Assert.Equal("Submit", submit.Trigger);
        Assert.Equal(["title", "owner", "due"], submit.RequiredFields);
        Assert.True(submit.CanFire);
    }

    [Fact]
    public void CanFire_answers_with_the_blocking_reasons()
    {
        var m = Plain();

        var blocked = m.CanFire(Step.Review, Move.Approve, DomainKit.Context(DomainKit.Agent));
        var open = m.CanFire(Step.Review, Move.Approve, DomainKit.Context(DomainKit.Agent, DomainKit.Values(("checked", true))));
        var wrongState = m.CanFire(Step.Draft, Move.Approve, DomainKit.Context(DomainKit.Agent, DomainKit.Values(("checked", true))));
        var wrongRole = m.CanFire(Step.Review, Move.Archive, DomainKit.Context(DomainKit.Agent));

        Assert.False(blocked.CanFire);
        Assert.Equal(["NotChecked"], blocked.BlockedBy.Select(r => r.Key));
        Assert.True(open.CanFire);
        Assert.Empty(open.BlockedBy);
        Assert.False(wrongState.CanFire);
        Assert.False(wrongRole.CanFire);
    }

    [Fact]
    public void Edges_list_every_configured_move_once_including_those_inherited_from_a_superstate()
    {
        var (m, _) = Nested();

        Assert.Equal(
            [
                (Step.Draft, Move.Submit, Step.ChildA),
                (Step.Parent, Move.Escape, Step.Elsewhere),
                (Step.ChildA, Move.Swap, Step.ChildB),
                (Step.ChildA, Move.Lift, Step.Parent),
                (Step.ChildA, Move.Escape, Step.Elsewhere),
                (Step.ChildB, Move.Escape, Step.Elsewhere),
            ],
            m.Edges());
    }
}
