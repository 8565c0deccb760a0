using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Collections;

namespace OpsBoard.Tests.Domain.Workflows.Collections;

public class CollectionWorkflowTests
{
    private static readonly IWorkflow Workflow = WorkflowCatalog.Default.Get("collection");

    /// <summary>Every move of the collection case workflow, from the design; calls keep an open case where it is.</summary>
    public static readonly TheoryData<CollectionState, CollectionTrigger, CollectionState> Moves = new()
    {
        { CollectionState.Assigned, CollectionTrigger.LogCall, CollectionState.Contacting },
        { CollectionState.Contacting, CollectionTrigger.LogCall, CollectionState.Contacting },
        { CollectionState.Contacting, CollectionTrigger.PromiseToPay, CollectionState.Promised },
        { CollectionState.Contacting, CollectionTrigger.AgreePlan, CollectionState.InAgreement },
        { CollectionState.Contacting, CollectionTrigger.Escalate, CollectionState.Escalated },
        { CollectionState.Promised, CollectionTrigger.LogCall, CollectionState.Promised },
        { CollectionState.Promised, CollectionTrigger.PaymentReceived, CollectionState.Paid },
        { CollectionState.Promised, CollectionTrigger.PromiseBroken, CollectionState.Contacting },
        { CollectionState.InAgreement, CollectionTrigger.LogCall, CollectionState.InAgreement },
        { CollectionState.InAgreement, CollectionTrigger.Complete, CollectionState.Paid },
        { CollectionState.InAgreement, CollectionTrigger.Default, CollectionState.Contacting },
        { CollectionState.InAgreement, CollectionTrigger.PayInstallment, CollectionState.InAgreement },
        { CollectionState.InAgreement, CollectionTrigger.PayInstallment, CollectionState.Paid },
        { CollectionState.Contacting, CollectionTrigger.RecordAdvance, CollectionState.Contacting },
        { CollectionState.Promised, CollectionTrigger.RecordAdvance, CollectionState.Promised },
        { CollectionState.InAgreement, CollectionTrigger.RecordAdvance, CollectionState.InAgreement },
        { CollectionState.Contacting, CollectionTrigger.RefundClient, CollectionState.Contacting },
        { CollectionState.Promised, CollectionTrigger.RefundClient, CollectionState.Promised },
        { CollectionState.InAgreement, CollectionTrigger.RefundClient, CollectionState.InAgreement },
    };

    private static readonly HashSet<(CollectionState, CollectionTrigger)> Allowed = MoveTable.Allowed(Moves);

    public static TheoryData<CollectionState, CollectionTrigger> ForbiddenMoves() => MoveTable.Forbidden(Moves);

    internal static Dictionary<string, object?> ParametersFor(CollectionTrigger trigger) => trigger switch
    {
        CollectionTrigger.LogCall => DomainKit.Values(("callOutcome", "noAnswer")),
        CollectionTrigger.PromiseToPay => DomainKit.Values(("promiseDate", new DateOnly(2025, 4, 18)), ("promiseAmount", 1200m)),
        CollectionTrigger.PaymentReceived or CollectionTrigger.Complete or CollectionTrigger.PayInstallment => DomainKit.Values(("paymentAmount", 1200m)),
        CollectionTrigger.AgreePlan => DomainKit.Values(("installments", 6m), ("nextDueDate", new DateOnly(2025, 5, 5))),
        CollectionTrigger.Escalate => DomainKit.Values(("escalationKind", "legal"), ("reason", "refuses every contact")),
        CollectionTrigger.RecordAdvance => DomainKit.Values(("advanceAmount", 300m)),
        CollectionTrigger.RefundClient => DomainKit.Values(("refundAmount", 200m)),
        _ => [],
    };

    internal static readonly Dictionary<string, object?> Case = DomainKit.Values(("client", "Maria Souza"), ("amountDue", 4800m), ("daysOverdue", 62m));

    /// <summary>A case under a six-installment agreement with <paramref name="paid"/> of them paid, the next due on 5 May 2025.</summary>
    internal static Dictionary<string, object?> InAgreement(int paid) => new(Case)
    {
        ["installments"] = 6m,
        ["installmentsPaid"] = (decimal)paid,
        ["nextDueDate"] = new DateOnly(2025, 5, 5),
        ["recoveredAmount"] = 1200m * paid,
    };

    private static FireResult Fire(CollectionState state, CollectionTrigger trigger, Actor actor, Dictionary<string, object?>? parameters = null,
        Dictionary<string, object?>? item = null) =>
        Workflow.Fire(state.ToString(), trigger.ToString(), DomainKit.Context(actor, item ?? Case, parameters ?? ParametersFor(trigger)));

    [Theory]
    [MemberData(nameof(Moves))]
    public void Every_move_of_the_table_succeeds_for_a_lead_with_its_parameters(CollectionState from, CollectionTrigger trigger, CollectionState to)
    {
        // An installment keeps the agreement open, except the last one, which pays the case off.
        // A refund gives back part of what two installments recovered.
        var item = trigger switch
        {
            CollectionTrigger.PayInstallment => InAgreement(to == CollectionState.Paid ? 5 : 2),
            CollectionTrigger.RefundClient => InAgreement(2),
            _ => Case,
        };
        var result = Fire(from, trigger, DomainKit.Lead, item: item);

        WorkflowAssert.Moved(result, to, ParametersFor(trigger));
    }

    [Theory]
    [MemberData(nameof(ForbiddenMoves))]
    public void Every_move_not_in_the_table_is_NotPermittedInState(CollectionState state, CollectionTrigger trigger)
    {
        var result = Fire(state, trigger, DomainKit.Lead);

        WorkflowAssert.NotPermittedInState(result);
    }

    [Fact]
    public void The_table_and_the_forbidden_moves_cover_every_state_and_trigger_pair()
    {
        WorkflowAssert.CoversEveryPair(Moves, 18);
    }

    [Fact]
    public void The_description_lists_states_in_order_and_paid_as_the_only_done_state()
    {
        Assert.Equal("collection", Workflow.Type);
        Assert.Equal("Assigned", Workflow.InitialState);
        Assert.Equal(["Assigned", "Contacting", "Promised", "InAgreement", "Escalated", "Paid"], Workflow.States);
        Assert.Equal(new HashSet<string> { "Paid" }, Workflow.DoneStates);
        Assert.Equal(["client", "amountDue"], Workflow.Fields.Where(f => f.RequiredOnCreate).Select(f => f.Name));
    }

    [Fact]
    public void The_described_triggers_match_the_table_with_their_roles_and_required_fields()
    {
        var required = new Dictionary<string, string[]>
        {
            ["LogCall"] = ["callOutcome"],
            ["PromiseToPay"] = ["promiseDate", "promiseAmount"],
            ["PaymentReceived"] = ["paymentAmount"],
            ["AgreePlan"] = ["installments", "nextDueDate"],
            ["Complete"] = ["paymentAmount"],
            ["Escalate"] = ["escalationKind", "reason"],
            ["PayInstallment"] = ["paymentAmount"],
            ["RecordAdvance"] = ["advanceAmount"],
            ["RefundClient"] = ["refundAmount"],
        };
        string[] leadsOnly = ["Escalate", "RecordAdvance", "RefundClient"];
        WorkflowAssert.TriggersMatch(Workflow, Moves, required, name => leadsOnly.Contains(name) ? Roles.Leads : Roles.Staff);
    }

    [Fact]
    public void An_advance_adds_to_what_the_case_recovered_and_a_refund_above_it_is_refused()
    {
        var advanced = Fire(CollectionState.InAgreement, CollectionTrigger.RecordAdvance, DomainKit.Lead, item: InAgreement(2));
        var tooMuch = Fire(CollectionState.InAgreement, CollectionTrigger.RefundClient, DomainKit.Lead, DomainKit.Values(("refundAmount", 2500m)), InAgreement(2));

        Assert.Equal(2700m, advanced.Changes["recoveredAmount"]);
        Assert.Equal(["RefundAboveRecovered"], tooMuch.BlockedBy.Select(b => b.Key));
    }

    [Fact]
    public void The_diagram_has_one_line_per_move()
    {
        WorkflowAssert.DiagramHasOneLinePerMove(Workflow, Moves);
    }
}
