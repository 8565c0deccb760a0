using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Claims;

namespace OpsBoard.Tests.Domain.Workflows.Claims;

public class ClaimWorkflowTests
{
    private static readonly IWorkflow Workflow = WorkflowCatalog.Default.Get("claim");

    /// <summary>Every move of the claim workflow, from the design.</summary>
    public static readonly TheoryData<ClaimState, ClaimTrigger, ClaimState> Moves = new()
    {
        { ClaimState.Registered, ClaimTrigger.StartInvestigation, ClaimState.Investigating },
        { ClaimState.Investigating, ClaimTrigger.RequestEvidence, ClaimState.AwaitingEvidence },
        { ClaimState.Investigating, ClaimTrigger.Resolve, ClaimState.Resolved },
        { ClaimState.AwaitingEvidence, ClaimTrigger.EvidenceReceived, ClaimState.Investigating },
        { ClaimState.Resolved, ClaimTrigger.Close, ClaimState.Closed },
        { ClaimState.Resolved, ClaimTrigger.Reopen, ClaimState.Investigating },
    };

    private static readonly HashSet<(ClaimState, ClaimTrigger)> Allowed = MoveTable.Allowed(Moves);

    public static TheoryData<ClaimState, ClaimTrigger> ForbiddenMoves() => MoveTable.Forbidden(Moves);

    private static Dictionary<string, object?> ParametersFor(ClaimTrigger trigger) => trigger switch
    {
        ClaimTrigger.Resolve => DomainKit.Values(("verdict", "accepted"), ("rootCause", "wrong rate applied"), ("responsibleParty", "DVP desk")),
        ClaimTrigger.EvidenceReceived => DomainKit.Values(("evidence", new[] { "call recording", "statement" })),
        _ => [],
    };

    private static readonly Dictionary<string, object?> Claim = DomainKit.Values(("client", "ACME"), ("channel", "email"));

    private static FireResult Fire(ClaimState state, ClaimTrigger trigger, Actor actor, Dictionary<string, object?>? parameters = null) =>
        Workflow.Fire(state.ToString(), trigger.ToString(), DomainKit.Context(actor, Claim, parameters ?? ParametersFor(trigger)));

    [Theory]
    [MemberData(nameof(Moves))]
    public void Every_move_of_the_table_succeeds_for_an_agent_with_its_parameters(ClaimState from, ClaimTrigger trigger, ClaimState to)
    {
        var result = Fire(from, trigger, DomainKit.Agent);

        WorkflowAssert.Moved(result, to, ParametersFor(trigger));
    }

    [Theory]
    [MemberData(nameof(ForbiddenMoves))]
    public void Every_move_not_in_the_table_is_NotPermittedInState(ClaimState state, ClaimTrigger trigger)
    {
        var result = Fire(state, trigger, DomainKit.Lead);

        WorkflowAssert.NotPermittedInState(result);
    }

    [Fact]
    public void The_table_and_the_forbidden_moves_cover_every_state_and_trigger_pair()
    {
        WorkflowAssert.CoversEveryPair(Moves, 6);
    }

    [Fact]
    public void Resolve_lists_exactly_the_parts_of_the_verdict_not_given()
    {
        var none = Fire(ClaimState.Investigating, ClaimTrigger.Resolve, DomainKit.Agent, []);
        var some = Fire(ClaimState.Investigating, ClaimTrigger.Resolve, DomainKit.Agent, DomainKit.Values(("rootCause", "late transfer")));

        Assert.Equal(Refusal.MissingFields, none.Refusal);
        Assert.Equal(["verdict", "rootCause", "responsibleParty"], none.MissingFields);
        Assert.Equal(["verdict", "responsibleParty"], some.MissingFields);
    }

    [Fact]
    public void EvidenceReceived_needs_the_evidence()
    {
        var result = Fire(ClaimState.AwaitingEvidence, ClaimTrigger.EvidenceReceived, DomainKit.Agent, DomainKit.Values(("evidence", Array.Empty<string>())));

        Assert.Equal(["evidence"], result.MissingFields);
    }

    [Fact]
    public void The_description_lists_states_in_order_and_the_initial_and_done_states()
    {
        Assert.Equal("claim", Workflow.Type);
        Assert.Equal("Registered", Workflow.InitialState);
        Assert.Equal(["Registered", "Investigating", "AwaitingEvidence", "Resolved", "Closed"], Workflow.States);
        Assert.Equal(new HashSet<string> { "Closed" }, Workflow.DoneStates);
    }

    [Fact]
    public void The_described_triggers_match_the_table_with_staff_roles_and_required_fields()
    {
        var required = new Dictionary<string, string[]>
        {
            ["Resolve"] = ["verdict", "rootCause", "responsibleParty"],
            ["EvidenceReceived"] = ["evidence"],
        };
        WorkflowAssert.TriggersMatch(Workflow, Moves, required, name => Roles.Staff);
    }

    [Fact]
    public void Only_client_is_required_on_create()
    {
        Assert.Equal(["client"], Workflow.Fields.Where(f => f.RequiredOnCreate).Select(f => f.Name));
        Assert.Equal(
            ["client", "channel", "description", "orderReference", "amountClaimed", "daysAllowed", "verdict", "rootCause", "responsibleParty", "evidence", "orderId", "category", "contractDays"],
            Workflow.Fields.Select(f => f.Name));
    }

    [Fact]
    public void The_diagram_has_one_line_per_move()
    {
        WorkflowAssert.DiagramHasOneLinePerMove(Workflow, Moves);
    }
}
