using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Operations;

namespace OpsBoard.Tests.Domain.Workflows.Operations;

public class OperationWorkflowTests
{
    // Reference rates of a plausible day; JPY has none, so it stands for a currency nobody has set yet.
    private static readonly IWorkflow Workflow =
        WorkflowCatalog.Create(new FixedUsdRates(new Dictionary<string, decimal> { ["EUR"] = 1.08m, ["GBP"] = 1.27m })).Get("operation");

    /// <summary>Every move of the operation workflow, from the design.</summary>
    public static readonly TheoryData<OperationState, OperationTrigger, OperationState> Moves = new()
    {
        { OperationState.Received, OperationTrigger.Identify, OperationState.AwaitingPayment },
        { OperationState.Received, OperationTrigger.Cancel, OperationState.Cancelled },
        { OperationState.AwaitingPayment, OperationTrigger.ReceiveProof, OperationState.PaymentReview },
        { OperationState.AwaitingPayment, OperationTrigger.Cancel, OperationState.Cancelled },
        { OperationState.PaymentReview, OperationTrigger.ApprovePayment, OperationState.ReadyToClose },
        { OperationState.PaymentReview, OperationTrigger.RejectProof, OperationState.AwaitingPayment },
        { OperationState.PaymentReview, OperationTrigger.Cancel, OperationState.Cancelled },
        { OperationState.ReadyToClose, OperationTrigger.Close, OperationState.Closed },
        { OperationState.ReadyToClose, OperationTrigger.Cancel, OperationState.Cancelled },
        { OperationState.ReadyToClose, OperationTrigger.RequestRefund, OperationState.RefundPending },
        { OperationState.Closed, OperationTrigger.SendToBroker, OperationState.AtBroker },
        { OperationState.Closed, OperationTrigger.SignContract, OperationState.Closed },
        { OperationState.Closed, OperationTrigger.RequestRefund, OperationState.RefundPending },
        { OperationState.AtBroker, OperationTrigger.Settle, OperationState.Settled },
        { OperationState.AtBroker, OperationTrigger.BrokerReturn, OperationState.Returned },
        { OperationState.AtBroker, OperationTrigger.SignContract, OperationState.AtBroker },
        { OperationState.AtBroker, OperationTrigger.RequestRefund, OperationState.RefundPending },
        { OperationState.Settled, OperationTrigger.RequestRefund, OperationState.RefundPending },
        { OperationState.Returned, OperationTrigger.Resubmit, OperationState.AtBroker },
        { OperationState.Returned, OperationTrigger.RequestRefund, OperationState.RefundPending },
        { OperationState.RefundPending, OperationTrigger.ConfirmRefund, OperationState.Refunded },
    };

    private static readonly HashSet<(OperationState, OperationTrigger)> Allowed = MoveTable.Allowed(Moves);

    public static TheoryData<OperationState, OperationTrigger> ForbiddenMoves() => MoveTable.Forbidden(Moves);

    /// <summary>The parameters each trigger needs, all given.</summary>
    private static Dictionary<string, object?> ParametersFor(OperationTrigger trigger) => trigger switch
    {
        OperationTrigger.Close => DomainKit.Values(("rate", 5.4321m), ("operator", "ana")),
        OperationTrigger.SendToBroker => DomainKit.Values(("brokerReference", "BRK-1")),
        OperationTrigger.BrokerReturn or OperationTrigger.Cancel or OperationTrigger.RequestRefund => DomainKit.Values(("reason", "client asked")),
        OperationTrigger.Resubmit => DomainKit.Values(("correctedData", "IBAN fixed")),
        OperationTrigger.ConfirmRefund => DomainKit.Values(("feeCharged", true), ("feeAmount", 25m)),
        OperationTrigger.SignContract => DomainKit.Values(("signedCopy", SignedCopy)),
        OperationTrigger.Settle => DomainKit.Values(("swiftReference", "SCP2026/0001")),
        _ => [],
    };

    private const string SignedCopy = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static readonly Dictionary<string, object?> SmallUsdOperation = DomainKit.Values(("client", "ACME"), ("amount", 5_000m), ("currency", "USD"));

    private static FireResult Fire(OperationState state, OperationTrigger trigger, Actor actor, Dictionary<string, object?>? item = null, Dictionary<string, object?>? parameters = null) =>
        Workflow.Fire(state.ToString(), trigger.ToString(), DomainKit.Context(actor, item ?? SmallUsdOperation, parameters ?? ParametersFor(trigger)));

    [Theory]
    [MemberData(nameof(Moves))]
    public void Every_move_of_the_table_succeeds_for_an_agent_with_its_parameters(OperationState from, OperationTrigger trigger, OperationState to)
    {
        var result = Fire(from, trigger, DomainKit.Agent);

        WorkflowAssert.Moved(result, to, ParametersFor(trigger));
    }

    [Theory]
    [MemberData(nameof(ForbiddenMoves))]
    public void Every_move_not_in_the_table_is_NotPermittedInState(OperationState state, OperationTrigger trigger)
    {
        var result = Fire(state, trigger, DomainKit.Lead);

        WorkflowAssert.NotPermittedInState(result);
    }

    [Fact]
    public void The_table_and_the_forbidden_moves_cover_every_state_and_trigger_pair()
    {
        Assert.Equal(21, Moves.Count());
        Assert.Equal(Enum.GetValues<OperationState>().Length * Enum.GetValues<OperationTrigger>().Length, Moves.Count() + ForbiddenMoves().Count());
    }

    [Theory]
    [InlineData(OperationTrigger.Close, new[] { "rate", "operator" })]
    [InlineData(OperationTrigger.SendToBroker, new[] { "brokerReference" })]
    [InlineData(OperationTrigger.BrokerReturn, new[] { "reason" })]
    [InlineData(OperationTrigger.Resubmit, new[] { "correctedData" })]
    [InlineData(OperationTrigger.Cancel, new[] { "reason" })]
    [InlineData(OperationTrigger.RequestRefund, new[] { "reason" })]
    [InlineData(OperationTrigger.ConfirmRefund, new[] { "feeCharged" })]
    [InlineData(OperationTrigger.SignContract, new[] { "signedCopy" })]
    [InlineData(OperationTrigger.Settle, new[] { "swiftReference" })]
    public void A_move_without_its_required_parameters_lists_them_as_missing(OperationTrigger trigger, string[] required)
    {
        var from = Moves.Select(row => ((OperationState)row[0], (OperationTrigger)row[1])).First(m => m.Item2 == trigger).Item1;

        var result = Fire(from, trigger, DomainKit.Lead, parameters: []);

        Assert.Equal(Refusal.MissingFields, result.Refusal);
        Assert.Equal(required, result.MissingFields);
    }

    [Fact]
    public void Close_with_only_the_rate_is_missing_only_the_operator()
    {
        var result = Fire(OperationState.ReadyToClose, OperationTrigger.Close, DomainKit.Agent, parameters: DomainKit.Values(("rate", 5.1m)));

        Assert.Equal(["operator"], result.MissingFields);
    }

    [Theory]
    [InlineData(100_000d, "USD", false, Refusal.Blocked)]
    [InlineData(100_000d, "USD", true, Refusal.None)]
    [InlineData(250_000d, "USD", false, Refusal.Blocked)]
    [InlineData(99_999.99, "USD", false, Refusal.None)]
    [InlineData(100_000d, "EUR", false, Refusal.Blocked)]
    [InlineData(92_600d, "EUR", false, Refusal.Blocked)]
    [InlineData(92_500d, "EUR", false, Refusal.None)]
    [InlineData(100_000d, "EUR", true, Refusal.None)]
    [InlineData(900_000d, "GBP", false, Refusal.Blocked)]
    [InlineData(10d, "JPY", false, Refusal.Blocked)]
    [InlineData(100_000d, null, false, Refusal.Blocked)]
    public void An_operation_worth_USD_100000_or_more_in_any_currency_cannot_settle_until_its_contract_is_signed(double amount, string? currency, bool signed,
        Refusal expected)
    {
        var item = DomainKit.Values(("client", "ACME"), ("amount", (decimal)amount), ("currency", currency), ("contractSigned", signed),
            ("signedCopy", signed ? SignedCopy : null));

        var result = Fire(OperationState.AtBroker, OperationTrigger.Settle, DomainKit.Agent, item);

        Assert.Equal(expected, result.Refusal);
        if (expected == Refusal.Blocked)
        {
            Assert.Equal(["ContractNotSigned"], result.BlockedBy.Select(r => r.Key));
            Assert.Null(result.Destination);
        }
        else
        {
            Assert.Equal("Settled", result.Destination);
        }
    }

    [Fact]
    public void The_rate_fixed_at_closing_decides_the_contract_not_todays()
    {
        // EUR 95,000 was USD 95,950 at 1.01 when it closed; at today's 1.08 it would be USD 102,600.
        var item = DomainKit.Values(("client", "ACME"), ("amount", 95_000m), ("currency", "EUR"), ("usdRate", 1.01m));

        Assert.Equal(Refusal.None, Fire(OperationState.AtBroker, OperationTrigger.Settle, DomainKit.Agent, item).Refusal);
    }

    [Fact]
    public void Closing_fixes_the_currencys_USD_rate_on_the_operation()
    {
        var item = DomainKit.Values(("client", "ACME"), ("amount", 1_000m), ("currency", "GBP"));

        var closed = Fire(OperationState.ReadyToClose, OperationTrigger.Close, DomainKit.Agent, item, DomainKit.Values(("rate", 6.9m), ("operator", "Mesa")));

        Assert.Equal("Closed", closed.Destination);
        Assert.Equal(1.27m, closed.Changes["usdRate"]);
    }

    [Fact]
    public void An_operation_in_a_currency_without_a_reference_rate_cannot_close_and_says_why()
    {
        var item = DomainKit.Values(("client", "ACME"), ("amount", 1_000m), ("currency", "JPY"));

        var result = Fire(OperationState.ReadyToClose, OperationTrigger.Close, DomainKit.Agent, item, DomainKit.Values(("rate", 0.03m), ("operator", "Mesa")));

        Assert.Equal(Refusal.Blocked, result.Refusal);
        Assert.Equal(["NoReferenceRate"], result.BlockedBy.Select(r => r.Key));
    }

    [Theory]
    [InlineData(OperationState.Closed)]
    [InlineData(OperationState.AtBroker)]
    public void Signing_a_signed_contract_is_refused_with_its_reason(OperationState state)
    {
        var item = DomainKit.Values(("client", "ACME"), ("amount", 150_000m), ("currency", "USD"), ("contractSigned", true), ("signedCopy", SignedCopy));

        var result = Fire(state, OperationTrigger.SignContract, DomainKit.Agent, item);

        Assert.Equal(Refusal.Blocked, result.Refusal);
        Assert.Equal(["ContractAlreadySigned"], result.BlockedBy.Select(r => r.Key));
    }

    [Fact]
    public void Not_even_a_manager_settles_an_unsigned_large_USD_operation()
    {
        var item = DomainKit.Values(("amount", 100_000m), ("currency", "USD"));

        Assert.Equal(Refusal.Blocked, Fire(OperationState.AtBroker, OperationTrigger.Settle, DomainKit.Manager, item).Refusal);
    }

    [Fact]
    public void PermittedTriggers_at_the_broker_show_Settle_blocked_by_the_contract()
    {
        var item = DomainKit.Values(("amount", 150_000m), ("currency", "USD"));

        var triggers = Workflow.PermittedTriggers("AtBroker", DomainKit.Context(DomainKit.Agent, item));

        Assert.Equal(["Settle", "BrokerReturn", "RequestRefund", "SignContract"], triggers.Select(t => t.Trigger));
        Assert.Equal(["ContractNotSigned"], triggers.Single(t => t.Trigger == "Settle").BlockedBy.Select(r => r.Key));
        Assert.True(triggers.Single(t => t.Trigger == "SignContract").CanFire);
    }

    [Theory]
    [InlineData(OperationState.Closed)]
    [InlineData(OperationState.AtBroker)]
    public void SignContract_stays_in_the_state_and_sets_contractSigned(OperationState state)
    {
        var result = Fire(state, OperationTrigger.SignContract, DomainKit.Agent, DomainKit.Values(("amount", 100_000m), ("currency", "USD")));

        Assert.Equal(state.ToString(), result.Destination);
        Assert.Equal(true, result.Changes["contractSigned"]);
    }

    [Fact]
    public void A_contract_signed_in_Closed_lets_the_operation_settle_at_the_broker()
    {
        var item = DomainKit.Values(("client", "ACME"), ("amount", 100_000m), ("currency", "USD"));

        var signed = Fire(OperationState.Closed, OperationTrigger.SignContract, DomainKit.Agent, item);
        Apply(item, signed);
        var sent = Fire(OperationState.Closed, OperationTrigger.SendToBroker, DomainKit.Agent, item);
        Apply(item, sent);
        var settled = Fire(OperationState.AtBroker, OperationTrigger.Settle, DomainKit.Agent, item);

        Assert.Equal("AtBroker", sent.Destination);
        Assert.Equal("Settled", settled.Destination);
    }

    private static void Apply(Dictionary<string, object?> item, FireResult result)
    {
        Assert.True(result.Succeeded);
        foreach (var (name, value) in result.Changes)
        {
            item[name] = value;
        }
    }

    [Fact]
    public void Waiving_the_refund_fee_by_an_agent_is_blocked_with_FeeWaiverNeedsLead()
    {
        var result = Fire(OperationState.RefundPending, OperationTrigger.ConfirmRefund, DomainKit.Agent, parameters: DomainKit.Values(("feeCharged", false)));

        Assert.Equal(Refusal.Blocked, result.Refusal);
        Assert.Equal(["FeeWaiverNeedsLead"], result.BlockedBy.Select(r => r.Key));
    }

    [Theory]
    [InlineData(Roles.Lead)]
    [InlineData(Roles.Manager)]
    public void A_lead_or_manager_may_waive_the_refund_fee(string role)
    {
        var result = Fire(OperationState.RefundPending, OperationTrigger.ConfirmRefund, Actor.Of("boss", role), parameters: DomainKit.Values(("feeCharged", false)));

        Assert.Equal("Refunded", result.Destination);
        Assert.Equal(false, result.Changes["feeCharged"]);
    }

    [Fact]
    public void An_agent_confirms_a_refund_that_charges_the_fee()
    {
        var result = Fire(OperationState.RefundPending, OperationTrigger.ConfirmRefund, DomainKit.Agent, parameters: DomainKit.Values(("feeCharged", true), ("feeAmount", 25m)));

        Assert.Equal("Refunded", result.Destination);
    }

    [Theory]
    [InlineData("Identify,Cancel")]
    [InlineData("Identify, Cancel")]
    [InlineData("10")]
    public void A_list_or_number_of_triggers_is_an_unknown_trigger_and_cancels_nothing(string trigger)
    {
        var result = Workflow.Fire("Received", trigger, DomainKit.Context(DomainKit.Agent, SmallUsdOperation, DomainKit.Values(("reason", "x"))));

        Assert.Equal(Refusal.UnknownTrigger, result.Refusal);
        Assert.Null(result.Destination);
    }

    [Fact]
    public void Trigger_names_are_case_insensitive()
    {
        Assert.Equal("AwaitingPayment", Workflow.Fire("Received", "identify", DomainKit.Context(DomainKit.Agent, SmallUsdOperation)).Destination);
    }

    [Fact]
    public void The_description_lists_states_in_order_and_the_initial_and_done_states()
    {
        Assert.Equal("operation", Workflow.Type);
        Assert.Equal("Received", Workflow.InitialState);
        Assert.Equal(
            ["Received", "AwaitingPayment", "PaymentReview", "ReadyToClose", "Closed", "AtBroker", "Returned", "Settled", "Cancelled", "RefundPending", "Refunded"],
            Workflow.States);
        Assert.Equal(new HashSet<string> { "Settled", "Cancelled", "Refunded" }, Workflow.DoneStates);
    }

    [Fact]
    public void The_described_triggers_match_the_table_with_staff_roles_and_required_fields()
    {
        var required = new Dictionary<string, string[]>
        {
            ["Close"] = ["rate", "operator"],
            ["SendToBroker"] = ["brokerReference"],
            ["BrokerReturn"] = ["reason"],
            ["Resubmit"] = ["correctedData"],
            ["Cancel"] = ["reason"],
            ["RequestRefund"] = ["reason"],
            ["ConfirmRefund"] = ["feeCharged"],
            ["SignContract"] = ["signedCopy"],
            ["Settle"] = ["swiftReference"],
        };
        WorkflowAssert.TriggersMatch(Workflow, Moves, required, name => Roles.Staff);
    }

    [Fact]
    public void Only_client_and_amount_are_required_on_create()
    {
        Assert.Equal(["client", "amount"], Workflow.Fields.Where(f => f.RequiredOnCreate).Select(f => f.Name));
        Assert.Equal(
            ["client", "amount", "currency", "direction", "channel", "rate", "operator", "brokerReference", "contractSigned", "usdRate", "reason", "correctedData",
                "feeCharged", "signedCopy", "swiftReference", "feeAmount", "limitOverrideNote"],
            Workflow.Fields.Select(f => f.Name));
    }

    [Fact]
    public void The_diagram_has_one_line_per_move()
    {
        WorkflowAssert.DiagramHasOneLinePerMove(Workflow, Moves);
    }

    [Fact]
    public void Every_state_until_done_has_an_SLA_and_done_states_have_none()
    {
        foreach (var state in Workflow.States)
        {
            Assert.Equal(!Workflow.DoneStates.Contains(state), Workflow.SlaFor(state) is not null);
        }
        Assert.Null(Workflow.SlaFor("7"));
    }
}
