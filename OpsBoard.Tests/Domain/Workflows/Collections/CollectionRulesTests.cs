using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Collections;

namespace OpsBoard.Tests.Domain.Workflows.Collections;

public class CollectionRulesTests
{
    private static readonly IWorkflow Workflow = WorkflowCatalog.Default.Get("collection");

    private static FireResult Fire(string state, string trigger, Actor actor, Dictionary<string, object?> parameters, Dictionary<string, object?>? item = null) =>
        Workflow.Fire(state, trigger, DomainKit.Context(actor, item ?? CollectionWorkflowTests.Case, parameters));

    [Theory]
    [InlineData("Assigned", "Contacting")]
    [InlineData("Contacting", "Contacting")]
    [InlineData("Promised", "Promised")]
    [InlineData("InAgreement", "InAgreement")]
    public void Every_call_adds_one_to_the_count_and_dates_the_last_contact(string from, string to)
    {
        var item = new Dictionary<string, object?>(CollectionWorkflowTests.Case) { ["callCount"] = 4m };

        var result = Fire(from, "LogCall", DomainKit.Agent, DomainKit.Values(("callOutcome", "wrongNumber")), item);

        Assert.Equal(to, result.Destination);
        Assert.Equal(5m, result.Changes["callCount"]);
        Assert.Equal(DateOnly.FromDateTime(DomainKit.Now.UtcDateTime), result.Changes["lastContact"]);
        Assert.Equal("wrongNumber", result.Changes["callOutcome"]);
    }

    [Fact]
    public void The_first_call_of_a_case_counts_one()
    {
        var result = Fire("Assigned", "LogCall", DomainKit.Agent, DomainKit.Values(("callOutcome", "promise")));

        Assert.Equal(1m, result.Changes["callCount"]);
    }

    [Fact]
    public void A_call_without_its_outcome_is_refused_naming_the_outcome()
    {
        var result = Fire("Assigned", "LogCall", DomainKit.Agent, []);

        Assert.Equal(Refusal.MissingFields, result.Refusal);
        Assert.Equal(["callOutcome"], result.MissingFields);
    }

    [Fact]
    public void A_call_cannot_carry_a_promise_along_with_it()
    {
        var result = Fire("Contacting", "LogCall", DomainKit.Agent, DomainKit.Values(("callOutcome", "promise"), ("promiseAmount", 10m)));

        Assert.Equal(Refusal.UnexpectedFields, result.Refusal);
        Assert.Equal(["promiseAmount"], result.UnexpectedFields);
    }

    [Fact]
    public void Escalating_to_legal_or_veto_needs_a_lead()
    {
        var parameters = DomainKit.Values(("escalationKind", "veto"), ("reason", "no contact in 90 days"));

        Assert.Equal(Refusal.RoleNotAllowed, Fire("Contacting", "Escalate", DomainKit.Agent, parameters).Refusal);
        Assert.Equal("Escalated", Fire("Contacting", "Escalate", DomainKit.Lead, parameters).Destination);
        Assert.Equal("Escalated", Fire("Contacting", "Escalate", DomainKit.Manager, parameters).Destination);
    }

    [Fact]
    public void An_agent_does_not_see_escalate_among_the_permitted_triggers()
    {
        var names = Workflow.PermittedTriggers("Contacting", DomainKit.Context(DomainKit.Agent)).Select(t => t.Trigger);

        Assert.Equal(["LogCall", "PromiseToPay", "AgreePlan"], names);
    }

    [Fact]
    public void A_payment_of_zero_is_blocked_with_its_reason()
    {
        var result = Fire("Promised", "PaymentReceived", DomainKit.Agent, DomainKit.Values(("paymentAmount", 0m)));

        Assert.Equal(Refusal.Blocked, result.Refusal);
        Assert.Equal("PaymentMustBePositive", Assert.Single(result.BlockedBy).Key);
    }

    [Theory]
    [InlineData("Promised", "PaymentReceived")]
    [InlineData("InAgreement", "Complete")]
    public void A_payment_adds_to_what_the_case_has_recovered(string from, string trigger)
    {
        var item = new Dictionary<string, object?>(CollectionWorkflowTests.Case) { ["recoveredAmount"] = 300m };

        var result = Fire(from, trigger, DomainKit.Agent, DomainKit.Values(("paymentAmount", 450.5m)), item);

        Assert.Equal("Paid", result.Destination);
        Assert.Equal(750.5m, result.Changes["recoveredAmount"]);
    }

    [Fact]
    public void A_broken_promise_may_come_from_the_system_and_returns_the_case_to_contacting()
    {
        var result = Fire("Promised", "PromiseBroken", Actor.System, []);

        Assert.Equal("Contacting", result.Destination);
    }

    [Fact]
    public void Every_call_outcome_the_desk_types_is_a_choice()
    {
        Assert.Equal(["noAnswer", "wrongNumber", "promise", "refused", "agreement", "other"], CollectionWorkflow.CallOutcomes);
    }

    [Fact]
    public void An_installment_paid_adds_to_what_was_recovered_and_moves_the_next_due_date_a_month_on()
    {
        var result = Fire("InAgreement", "PayInstallment", DomainKit.Agent, DomainKit.Values(("paymentAmount", 800m)), CollectionWorkflowTests.InAgreement(2));

        Assert.Equal("InAgreement", result.Destination);
        Assert.Equal(3m, result.Changes["installmentsPaid"]);
        Assert.Equal(new DateOnly(2025, 6, 5), result.Changes["nextDueDate"]);
        Assert.Equal(2400m + 800m, result.Changes["recoveredAmount"]);
    }

    [Fact]
    public void The_last_installment_pays_the_case_off()
    {
        var result = Fire("InAgreement", "PayInstallment", DomainKit.Agent, DomainKit.Values(("paymentAmount", 1200m)), CollectionWorkflowTests.InAgreement(5));

        Assert.Equal("Paid", result.Destination);
        Assert.Equal(6m, result.Changes["installmentsPaid"]);
        Assert.Equal(7200m, result.Changes["recoveredAmount"]);
        Assert.False(result.Changes.ContainsKey("nextDueDate"));
    }

    [Fact]
    public void An_installment_of_nothing_is_blocked_saying_a_payment_must_be_positive()
    {
        var result = Fire("InAgreement", "PayInstallment", DomainKit.Agent, DomainKit.Values(("paymentAmount", 0m)), CollectionWorkflowTests.InAgreement(2));

        Assert.Equal(Refusal.Blocked, result.Refusal);
        Assert.Equal(["PaymentMustBePositive"], result.BlockedBy.Select(b => b.Key));
    }

    [Fact]
    public void Agreeing_a_plan_starts_its_count_of_installments_paid_at_zero()
    {
        var result = Fire("Contacting", "AgreePlan", DomainKit.Agent, DomainKit.Values(("installments", 6m), ("nextDueDate", new DateOnly(2025, 5, 5))));

        Assert.Equal(0m, result.Changes["installmentsPaid"]);
    }
}
