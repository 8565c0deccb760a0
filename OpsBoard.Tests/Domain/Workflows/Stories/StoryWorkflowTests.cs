using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Stories;

namespace OpsBoard.Tests.Domain.Workflows.Stories;

public class StoryWorkflowTests
{
    private static readonly IWorkflow Workflow = WorkflowCatalog.Default.Get("story");

    /// <summary>Every move of the story workflow, from the design; BrokerReject has two destinations.</summary>
    public static readonly TheoryData<StoryState, StoryTrigger, StoryState> Moves = new()
    {
        { StoryState.Received, StoryTrigger.StartReview, StoryState.InReview },
        { StoryState.InReview, StoryTrigger.RequestDocuments, StoryState.PendingDocuments },
        { StoryState.InReview, StoryTrigger.Approve, StoryState.ReadyToSend },
        { StoryState.PendingDocuments, StoryTrigger.DocumentsReceived, StoryState.InReview },
        { StoryState.ReadyToSend, StoryTrigger.SendToBroker, StoryState.AtBroker },
        { StoryState.AtBroker, StoryTrigger.BrokerApprove, StoryState.Approved },
        { StoryState.AtBroker, StoryTrigger.BrokerReject, StoryState.PendingDocuments },
        { StoryState.AtBroker, StoryTrigger.BrokerReject, StoryState.Rejected },
    };

    private static readonly HashSet<(StoryState, StoryTrigger)> Allowed = MoveTable.Allowed(Moves);

    public static TheoryData<StoryState, StoryTrigger> ForbiddenMoves() => MoveTable.Forbidden(Moves);

    /// <summary>The parameters a move needs; a rejection back to documents also names the missing ones.</summary>
    private static Dictionary<string, object?> ParametersFor(StoryTrigger trigger, StoryState to = StoryState.Rejected) => trigger switch
    {
        StoryTrigger.RequestDocuments => DomainKit.Values(("missingDocuments", new[] { "proof of address" })),
        StoryTrigger.DocumentsReceived => DomainKit.Values(("documentsReceived", new[] { "proof of address" })),
        StoryTrigger.SendToBroker => DomainKit.Values(("protocolNumber", "P-2025-001")),
        StoryTrigger.BrokerApprove => DomainKit.Values(("approvedLimit", 50_000m)),
        StoryTrigger.BrokerReject when to == StoryState.PendingDocuments =>
            DomainKit.Values(("rejectionReason", "unreadable ID"), ("missingDocuments", new[] { "ID copy" })),
        StoryTrigger.BrokerReject => DomainKit.Values(("rejectionReason", "sanctions list")),
        _ => [],
    };

    private static readonly Dictionary<string, object?> Story = DomainKit.Values(("client", "Maria Souza"), ("clientType", "person"));

    private static FireResult Fire(StoryState state, StoryTrigger trigger, Actor actor, Dictionary<string, object?>? item = null, Dictionary<string, object?>? parameters = null) =>
        Workflow.Fire(state.ToString(), trigger.ToString(), DomainKit.Context(actor, item ?? Story, parameters ?? ParametersFor(trigger)));

    [Theory]
    [MemberData(nameof(Moves))]
    public void Every_move_of_the_table_succeeds_for_an_agent_with_its_parameters(StoryState from, StoryTrigger trigger, StoryState to)
    {
        var parameters = ParametersFor(trigger, to);

        var result = Fire(from, trigger, DomainKit.Agent, parameters: parameters);

        WorkflowAssert.Moved(result, to, parameters);
    }

    [Theory]
    [MemberData(nameof(ForbiddenMoves))]
    public void Every_move_not_in_the_table_is_NotPermittedInState(StoryState state, StoryTrigger trigger)
    {
        var result = Fire(state, trigger, DomainKit.Lead);

        WorkflowAssert.NotPermittedInState(result);
    }

    [Fact]
    public void The_table_and_the_forbidden_moves_cover_every_state_and_trigger_pair()
    {
        WorkflowAssert.CoversEveryPair(Moves, 7);
    }

    [Theory]
    [InlineData(StoryState.InReview, StoryTrigger.RequestDocuments, "missingDocuments")]
    [InlineData(StoryState.PendingDocuments, StoryTrigger.DocumentsReceived, "documentsReceived")]
    [InlineData(StoryState.ReadyToSend, StoryTrigger.SendToBroker, "protocolNumber")]
    [InlineData(StoryState.AtBroker, StoryTrigger.BrokerApprove, "approvedLimit")]
    [InlineData(StoryState.AtBroker, StoryTrigger.BrokerReject, "rejectionReason")]
    public void A_move_without_its_required_parameter_lists_it_as_missing(StoryState from, StoryTrigger trigger, string required)
    {
        var result = Fire(from, trigger, DomainKit.Lead, parameters: []);

        Assert.Equal(Refusal.MissingFields, result.Refusal);
        Assert.Equal([required], result.MissingFields);
    }

    [Fact]
    public void Approving_a_third_party_story_without_link_by_an_agent_is_blocked_with_ThirdPartyNeedsLead()
    {
        var item = DomainKit.Values(("client", "X"), ("thirdPartyWithoutLink", true));

        var result = Fire(StoryState.InReview, StoryTrigger.Approve, DomainKit.Agent, item);

        Assert.Equal(Refusal.Blocked, result.Refusal);
        Assert.Equal(["ThirdPartyNeedsLead"], result.BlockedBy.Select(r => r.Key));
        var approve = Workflow.PermittedTriggers("InReview", DomainKit.Context(DomainKit.Agent, item)).Single(t => t.Trigger == "Approve");
        Assert.Equal(["ThirdPartyNeedsLead"], approve.BlockedBy.Select(r => r.Key));
    }

    [Theory]
    [InlineData(Roles.Lead)]
    [InlineData(Roles.Manager)]
    public void A_lead_or_manager_approves_a_third_party_story_without_link(string role)
    {
        var item = DomainKit.Values(("client", "X"), ("thirdPartyWithoutLink", true));

        var result = Fire(StoryState.InReview, StoryTrigger.Approve, Actor.Of("boss", role), item);

        Assert.Equal("ReadyToSend", result.Destination);
    }

    [Fact]
    public void An_agent_approves_a_story_whose_third_party_has_a_link()
    {
        var item = DomainKit.Values(("client", "X"), ("thirdPartyWithoutLink", false));

        Assert.Equal("ReadyToSend", Fire(StoryState.InReview, StoryTrigger.Approve, DomainKit.Agent, item).Destination);
    }

    [Fact]
    public void A_broker_rejection_listing_missing_documents_goes_back_to_PendingDocuments()
    {
        var result = Fire(StoryState.AtBroker, StoryTrigger.BrokerReject, DomainKit.Agent,
            parameters: DomainKit.Values(("rejectionReason", "blurred"), ("missingDocuments", new[] { "ID copy", "proof of income" })));

        Assert.Equal("PendingDocuments", result.Destination);
        Assert.Equal(new[] { "ID copy", "proof of income" }, result.Changes["missingDocuments"]);
    }

    [Fact]
    public void A_broker_rejection_without_missing_documents_is_final()
    {
        var result = Fire(StoryState.AtBroker, StoryTrigger.BrokerReject, DomainKit.Agent, parameters: DomainKit.Values(("rejectionReason", "sanctions")));

        Assert.Equal("Rejected", result.Destination);
    }

    [Fact]
    public void An_empty_list_of_missing_documents_counts_as_none_and_the_rejection_is_final()
    {
        var result = Fire(StoryState.AtBroker, StoryTrigger.BrokerReject, DomainKit.Agent,
            parameters: DomainKit.Values(("rejectionReason", "sanctions"), ("missingDocuments", Array.Empty<string>())));

        Assert.Equal("Rejected", result.Destination);
    }

    [Fact]
    public void Missing_documents_stored_on_the_item_do_not_turn_a_rejection_into_a_request()
    {
        var item = DomainKit.Values(("client", "X"), ("missingDocuments", new[] { "old request" }));

        var result = Fire(StoryState.AtBroker, StoryTrigger.BrokerReject, DomainKit.Agent, item, DomainKit.Values(("rejectionReason", "final")));

        Assert.Equal("Rejected", result.Destination);
    }

    [Fact]
    public void The_description_lists_states_in_order_and_the_initial_and_done_states()
    {
        Assert.Equal("story", Workflow.Type);
        Assert.Equal("Received", Workflow.InitialState);
        Assert.Equal(["Received", "InReview", "PendingDocuments", "ReadyToSend", "AtBroker", "Approved", "Rejected"], Workflow.States);
        Assert.Equal(new HashSet<string> { "Approved", "Rejected" }, Workflow.DoneStates);
    }

    [Fact]
    public void The_described_triggers_match_the_table_with_staff_roles_and_required_fields()
    {
        var required = new Dictionary<string, string[]>
        {
            ["RequestDocuments"] = ["missingDocuments"],
            ["DocumentsReceived"] = ["documentsReceived"],
            ["SendToBroker"] = ["protocolNumber"],
            ["BrokerApprove"] = ["approvedLimit"],
            ["BrokerReject"] = ["rejectionReason"],
        };
        WorkflowAssert.TriggersMatch(Workflow, Moves, required, name => Roles.Staff);
        Assert.Equal(["PendingDocuments", "Rejected"], Workflow.Triggers.Single(t => t.Name == "BrokerReject").To);
    }

    [Fact]
    public void Only_client_is_required_on_create()
    {
        Assert.Equal(["client"], Workflow.Fields.Where(f => f.RequiredOnCreate).Select(f => f.Name));
        Assert.Equal(
            ["client", "clientType", "documentsReceived", "missingDocuments", "thirdPartyWithoutLink", "protocolNumber", "approvedLimit", "rejectionReason"],
            Workflow.Fields.Select(f => f.Name));
    }

    [Fact]
    public void The_diagram_has_one_line_per_move()
    {
        WorkflowAssert.DiagramHasOneLinePerMove(Workflow, Moves);
    }

    [Fact]
    public void The_broker_has_two_business_days_to_approve()
    {
        var rule = Workflow.SlaFor("AtBroker");

        Assert.NotNull(rule);
        Assert.Equal(OpsBoard.Domain.Sla.BusinessDuration.FromDays(2), rule.Allowed(Story));
        Assert.Null(Workflow.SlaFor("Approved"));
    }
}
