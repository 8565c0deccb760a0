using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Sla;
using Stateless;

namespace OpsBoard.Domain.Workflows.Claims;

public enum ClaimState
{
    Registered, Investigating, AwaitingEvidence, Resolved, Closed,
}

public enum ClaimTrigger
{
    StartInvestigation, RequestEvidence, EvidenceReceived, Resolve, Reopen, Close,
}

/// <summary>A customer complaint, to be resolved within the business days the client's contract allows.</summary>
public static class ClaimWorkflow
{
    public const string Type = "claim";

    public const int DefaultDaysAllowed = 3;

    // Declared before the fields, which read it when the class is initialized.
    /// <summary>What a claim about an order is about, as the customer-service department sorts them.</summary>
    public static IReadOnlyList<string> Categories { get; } = ["shortage", "defect", "expired", "wrongItem", "damage"];

    /// <summary>The longest deadline a client's contract may give for claims, in business days.</summary>
    public const int MaxContractDays = 60;

    public static IReadOnlyList<FieldDefinition> Fields { get; } =
    [
        new("client", FieldType.Text, RequiredOnCreate: true) { MaxLength = FieldLimits.ShortText },
        new("channel", FieldType.Choice, Choices: ["phone", "email", "portal", "salesRep"]),
        new("description", FieldType.Text),
        new("orderReference", FieldType.Text) { MaxLength = FieldLimits.ShortText },
        new("amountClaimed", FieldType.Money),
        new("daysAllowed", FieldType.Choice, Choices: ["3", "5"]),
        new("verdict", FieldType.Choice, Choices: ["accepted", "rejected"]),
        new("rootCause", FieldType.Text) { MaxLength = FieldLimits.ShortText },
        new("responsibleParty", FieldType.Text) { MaxLength = FieldLimits.ShortText },
        new("evidence", FieldType.TextList),
        new("orderId", FieldType.Number) { Min = 1m, Max = 999_999_999_999m, Whole = true },
        new("category", FieldType.Choice, Choices: Categories),
        new("contractDays", FieldType.Number) { Min = 1m, Max = MaxContractDays, Whole = true, SetByWorkflow = true },
    ];

    /// <summary>The client's contract wins (copied onto the claim when it is opened); else 3 or 5 as chosen.</summary>
    public static int DaysAllowed(IReadOnlyDictionary<string, object?> fields) =>
        fields.Decimal("contractDays") is { } days ? (int)days : fields.Text("daysAllowed") == "5" ? 5 : DefaultDaysAllowed;

    public static Workflow<ClaimState, ClaimTrigger> Create()
    {
        var policies = new TriggerPolicies<ClaimTrigger>();
        policies.For(ClaimTrigger.Resolve).Requires("verdict", "rootCause", "responsibleParty");
        policies.For(ClaimTrigger.EvidenceReceived).Requires("evidence");

        // One clock from registration until resolved: 3 business days, or 5 when the contract says so.
        var untilResolved = new SlaRule(SlaClock.FromCreation, f => BusinessDuration.FromDays(DaysAllowed(f)));
        var sla = new Dictionary<ClaimState, SlaRule>
        {
            [ClaimState.Registered] = untilResolved,
            [ClaimState.Investigating] = untilResolved,
            [ClaimState.AwaitingEvidence] = untilResolved,
        };
        // Waiting for the client's evidence pauses the claim's clock.
        var holders = new Dictionary<ClaimState, Party> { [ClaimState.AwaitingEvidence] = Party.Client };
        return new(Type, ClaimState.Registered, Configure, policies, Fields, [ClaimState.Closed], sla, holders: holders);
    }

    private static void Configure(StateMachine<ClaimState, ClaimTrigger> m, TransitionContext c)
    {
        m.Configure(ClaimState.Registered).Permit(ClaimTrigger.StartInvestigation, ClaimState.Investigating);
        m.Configure(ClaimState.Investigating).Permit(ClaimTrigger.RequestEvidence, ClaimState.AwaitingEvidence)
            .Permit(ClaimTrigger.Resolve, ClaimState.Resolved);
        m.Configure(ClaimState.AwaitingEvidence).Permit(ClaimTrigger.EvidenceReceived, ClaimState.Investigating);
        m.Configure(ClaimState.Resolved).Permit(ClaimTrigger.Close, ClaimState.Closed)
            .Permit(ClaimTrigger.Reopen, ClaimState.Investigating);
    }
}
