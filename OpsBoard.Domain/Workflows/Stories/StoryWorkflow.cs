using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Sla;
using Stateless;

namespace OpsBoard.Domain.Workflows.Stories;

public enum StoryState
{
    Received, InReview, PendingDocuments, ReadyToSend, AtBroker, Approved, Rejected,
}

public enum StoryTrigger
{
    StartReview, RequestDocuments, DocumentsReceived, Approve, SendToBroker, BrokerApprove, BrokerReject,
}

/// <summary>A client registration (KYC) case sent to the broker for approval.</summary>
public static class StoryWorkflow
{
    public const string Type = "story";

    public static IReadOnlyList<FieldDefinition> Fields { get; } =
    [
        new("client", FieldType.Text, RequiredOnCreate: true) { MaxLength = FieldLimits.ShortText },
        new("clientType", FieldType.Choice, Choices: ["person", "company"]),
        new("documentsReceived", FieldType.TextList),
        new("missingDocuments", FieldType.TextList),
        new("thirdPartyWithoutLink", FieldType.Boolean),
        new("protocolNumber", FieldType.Text) { MaxLength = FieldLimits.ShortText },
        new("approvedLimit", FieldType.Money),
        new("rejectionReason", FieldType.Text),
    ];

    public static Workflow<StoryState, StoryTrigger> Create()
    {
        var policies = new TriggerPolicies<StoryTrigger>();
        policies.For(StoryTrigger.RequestDocuments).Requires("missingDocuments");
        policies.For(StoryTrigger.DocumentsReceived).Requires("documentsReceived");
        policies.For(StoryTrigger.SendToBroker).Requires("protocolNumber");
        policies.For(StoryTrigger.BrokerApprove).Requires("approvedLimit");
        policies.For(StoryTrigger.BrokerReject).Requires("rejectionReason").Optional("missingDocuments");

        var sla = new Dictionary<StoryState, SlaRule>
        {
            [StoryState.Received] = SlaRule.Hours(4),
            [StoryState.InReview] = SlaRule.Days(1),
            [StoryState.PendingDocuments] = SlaRule.Days(3),
            [StoryState.ReadyToSend] = SlaRule.Hours(4),
            // The broker's approval deadline.
            [StoryState.AtBroker] = SlaRule.Days(2),
        };
        var holders = new Dictionary<StoryState, Party>
        {
            [StoryState.PendingDocuments] = Party.Client,
            [StoryState.AtBroker] = Party.Broker,
        };
        return new(Type, StoryState.Received, Configure, policies, Fields, [StoryState.Approved, StoryState.Rejected], sla, holders: holders);
    }

    private static void Configure(StateMachine<StoryState, StoryTrigger> m, TransitionContext c)
    {
        m.Configure(StoryState.Received).Permit(StoryTrigger.StartReview, StoryState.InReview);
        m.Configure(StoryState.InReview).Permit(StoryTrigger.RequestDocuments, StoryState.PendingDocuments)
            .PermitIf(StoryTrigger.Approve, StoryState.ReadyToSend,
                () => c.Field("thirdPartyWithoutLink") is not true || c.Actor.IsInAnyRole(Roles.Leads), "ThirdPartyNeedsLead");
        m.Configure(StoryState.PendingDocuments).Permit(StoryTrigger.DocumentsReceived, StoryState.InReview);
        m.Configure(StoryState.ReadyToSend).Permit(StoryTrigger.SendToBroker, StoryState.AtBroker);
        // The broker either refuses for good or asks for more documents: the list of missing ones decides.
        m.Configure(StoryState.AtBroker).Permit(StoryTrigger.BrokerApprove, StoryState.Approved)
            .PermitIf(StoryTrigger.BrokerReject, StoryState.PendingDocuments, () => c.Parameters.Has("missingDocuments"), "NoMissingDocuments")
            .PermitIf(StoryTrigger.BrokerReject, StoryState.Rejected, () => !c.Parameters.Has("missingDocuments"), "MissingDocumentsGiven");
    }
}
