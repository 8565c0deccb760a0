using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;
using Stateless;

namespace OpsBoard.Tests.Domain.Workflows;

public enum Step
{
    Draft, Review, Small, Large, Done, Parent, ChildA, ChildB, Elsewhere,
}

public enum Move
{
    Submit, Approve, Route, Touch, Archive, Jump, Escape,
}

/// <summary>A small workflow that uses each thing our workflows ask of Stateless and of the policy beside it.</summary>
public static class TestMachine
{
    public static Workflow<Step, Move> Plain(Action<string>? log = null)
    {
        var policies = new TriggerPolicies<Move>();
        policies.For(Move.Archive).AllowedFor(Roles.Lead, Roles.Manager);
        policies.For(Move.Approve).Optional("checked");
        policies.For(Move.Submit).Requires("title", "owner", "due");
        return new("plain", Step.Draft, (m, c) => Configure(m, c, log ?? (_ => { })), policies, [], [Step.Done], new Dictionary<Step, SlaRule>());
    }

    private static void Configure(StateMachine<Step, Move> m, TransitionContext c, Action<string> log)
    {
        m.Configure(Step.Draft).Permit(Move.Submit, Step.Review).Permit(Move.Jump, Step.Review).OnExit(() => log("exit Draft"));
        m.Configure(Step.Review)
            .PermitIf(Move.Approve, Step.Done, () => c.Field("checked") is true, "NotChecked")
            .PermitIf(Move.Route, Step.Large, () => c.Field("amount") is decimal a && a >= 1000m, "TooSmall")
            .PermitIf(Move.Route, Step.Small, () => c.Field("amount") is decimal a && a < 1000m, "TooLarge")
            .PermitIf(Move.Escape, Step.Elsewhere, () => false, "Never")
            .Permit(Move.Archive, Step.Done)
            .OnEntry(() => log("enter Review"))
            .OnEntryFrom(Move.Jump, () => c.Set("jumped", true));
        m.Configure(Step.Done).PermitReentry(Move.Touch)
            .OnEntryFrom(Move.Touch, () => c.Set("touchedBy", c.Actor.UserName));
        m.Configure(Step.Parent).Permit(Move.Escape, Step.Elsewhere);
        m.Configure(Step.ChildA).SubstateOf(Step.Parent).Permit(Move.Jump, Step.ChildB);
        m.Configure(Step.ChildB).SubstateOf(Step.Parent);
    }
}
