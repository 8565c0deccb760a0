using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Sla;
using Stateless;

namespace OpsBoard.Domain.Workflows.Collections;

public enum CollectionState
{
    Assigned, Contacting, Promised, InAgreement, Escalated, Paid,
}

public enum CollectionTrigger
{
    LogCall, PromiseToPay, PaymentReceived, PromiseBroken, AgreePlan, Complete, Default, Escalate, PayInstallment, RefundClient, RecordAdvance,
}

/// <summary>
/// A debtor in a collections agent's portfolio. Every call is a LogCall: the first one starts
/// contact, later ones are audited changes that keep the case where it is (a promise stays a
/// promise while the agent calls to remind), so each call is one history row and is counted.
/// </summary>
public static class CollectionWorkflow
{
    public const string Type = "collection";

    public static IReadOnlyList<string> CallOutcomes { get; } = ["noAnswer", "wrongNumber", "promise", "refused", "agreement", "other"];

    public static IReadOnlyList<FieldDefinition> Fields { get; } =
    [
        new("client", FieldType.Text, RequiredOnCreate: true) { MaxLength = FieldLimits.ShortText },
        new("amountDue", FieldType.Money, RequiredOnCreate: true) { Min = 0.01m },
        new("daysOverdue", FieldType.Number) { Min = 0m, Max = 36_500m, Whole = true },
        new("portfolio", FieldType.Text) { MaxLength = FieldLimits.ShortText },
        new("lastContact", FieldType.Date),
        new("callOutcome", FieldType.Choice, Choices: CallOutcomes),
        new("callCount", FieldType.Number) { Min = 0m, Max = 1_000_000m, Whole = true },
        new("promiseDate", FieldType.Date),
        new("promiseAmount", FieldType.Money),
        new("installments", FieldType.Number) { Min = 1m, Max = 600m, Whole = true },
        new("installmentsPaid", FieldType.Number) { Min = 0m, Max = 600m, Whole = true },
        new("nextDueDate", FieldType.Date),
        new("paymentAmount", FieldType.Money),
        new("recoveredAmount", FieldType.Money),
        new("escalationKind", FieldType.Choice, Choices: ["legal", "veto"]),
        new("reason", FieldType.Text),
        new("timeZone", FieldType.Text) { MaxLength = 64 },
        new("exceptionNote", FieldType.Text) { MaxLength = FieldLimits.ShortText },
        new("downPayment", FieldType.Money) { Min = 0m },
        new("refundAmount", FieldType.Money) { Min = 0.01m },
        new("advanceAmount", FieldType.Money) { Min = 0.01m },
    ];

    public static Workflow<CollectionState, CollectionTrigger> Create()
    {
        var policies = new TriggerPolicies<CollectionTrigger>();
        policies.For(CollectionTrigger.LogCall).Requires("callOutcome").Optional("exceptionNote");
        policies.For(CollectionTrigger.PromiseToPay).Requires("promiseDate", "promiseAmount");
        policies.For(CollectionTrigger.PaymentReceived).Requires("paymentAmount");
        policies.For(CollectionTrigger.AgreePlan).Requires("installments", "nextDueDate").Optional("downPayment", "exceptionNote");
        policies.For(CollectionTrigger.Complete).Requires("paymentAmount");
        policies.For(CollectionTrigger.Default).Optional("reason");
        policies.For(CollectionTrigger.PayInstallment).Requires("paymentAmount");
        policies.For(CollectionTrigger.Escalate).Requires("escalationKind", "reason").AllowedFor([.. Roles.Leads]);
        // Money going back to a client, or taken ahead of what was agreed, is a Lead's decision.
        policies.For(CollectionTrigger.RefundClient).Requires("refundAmount").AllowedFor([.. Roles.Leads]);
        policies.For(CollectionTrigger.RecordAdvance).Requires("advanceAmount").AllowedFor([.. Roles.Leads]);

        // A promise or a plan is the debtor's turn to pay.
        var holders = new Dictionary<CollectionState, Party> { [CollectionState.Promised] = Party.Client, [CollectionState.InAgreement] = Party.Client };
        return new(Type, CollectionState.Assigned, Configure, policies, Fields, [CollectionState.Paid], new Dictionary<CollectionState, SlaRule>(),
            holders: holders);
    }

    private static void Configure(StateMachine<CollectionState, CollectionTrigger> m, TransitionContext c)
    {
        m.Configure(CollectionState.Assigned).Permit(CollectionTrigger.LogCall, CollectionState.Contacting);
        m.Configure(CollectionState.Contacting).PermitReentry(CollectionTrigger.LogCall)
            .Permit(CollectionTrigger.PromiseToPay, CollectionState.Promised)
            .Permit(CollectionTrigger.AgreePlan, CollectionState.InAgreement)
            .Permit(CollectionTrigger.Escalate, CollectionState.Escalated)
            .OnEntryFrom(CollectionTrigger.LogCall, () => CountCall(c));
        m.Configure(CollectionState.Promised).PermitReentry(CollectionTrigger.LogCall)
            .PermitIf(CollectionTrigger.PaymentReceived, CollectionState.Paid, () => c.Field("paymentAmount") is decimal and > 0m, "PaymentMustBePositive")
            .Permit(CollectionTrigger.PromiseBroken, CollectionState.Contacting)
            .OnEntryFrom(CollectionTrigger.LogCall, () => CountCall(c));
        // Each installment paid moves the next due date a month on; the last one pays the case off.
        m.Configure(CollectionState.InAgreement).PermitReentry(CollectionTrigger.LogCall)
            .PermitReentryIf(CollectionTrigger.PayInstallment, () => IsPayment(c) && !IsLastInstallment(c), "PaymentMustBePositive")
            .PermitIf(CollectionTrigger.PayInstallment, CollectionState.Paid, () => IsPayment(c) && IsLastInstallment(c), "PaymentMustBePositive")
            .Permit(CollectionTrigger.Complete, CollectionState.Paid)
            .Permit(CollectionTrigger.Default, CollectionState.Contacting)
            .OnEntryFrom(CollectionTrigger.LogCall, () => CountCall(c))
            .OnEntryFrom(CollectionTrigger.AgreePlan, () => c.Set("installmentsPaid", 0m))
            .OnEntryFrom(CollectionTrigger.PayInstallment, () => PayInstallment(c));
        // An advance adds to what the case recovered; a refund gives part of it back. Neither changes where the case is.
        foreach (var state in new[] { CollectionState.Contacting, CollectionState.Promised, CollectionState.InAgreement })
        {
            m.Configure(state).PermitReentryIf(CollectionTrigger.RecordAdvance, () => c.Field("advanceAmount") is decimal and > 0m, "PaymentMustBePositive")
                .OnEntryFrom(CollectionTrigger.RecordAdvance, () => Adjust(c, c.Field("advanceAmount") as decimal? ?? 0m))
                .PermitReentryIf(CollectionTrigger.RefundClient, () => IsRefundable(c), "RefundAboveRecovered")
                .OnEntryFrom(CollectionTrigger.RefundClient, () => Adjust(c, -(c.Field("refundAmount") as decimal? ?? 0m)));
        }
        m.Configure(CollectionState.Paid)
            .OnEntryFrom(CollectionTrigger.PaymentReceived, () => Recover(c))
            .OnEntryFrom(CollectionTrigger.Complete, () => Recover(c))
            .OnEntryFrom(CollectionTrigger.PayInstallment, () => PayInstallment(c));
    }

    private static void CountCall(TransitionContext c)
    {
        c.Set("callCount", (c.ItemFields.Decimal("callCount") ?? 0m) + 1m);
        c.Set("lastContact", DateOnly.FromDateTime(c.Now.UtcDateTime));
    }

    private static bool IsPayment(TransitionContext c) => c.Field("paymentAmount") is decimal and > 0m;

    private static bool IsLastInstallment(TransitionContext c) =>
        (c.ItemFields.Decimal("installmentsPaid") ?? 0m) + 1m >= (c.ItemFields.Decimal("installments") ?? 1m);

    private static void PayInstallment(TransitionContext c)
    {
        Recover(c);
        c.Set("installmentsPaid", (c.ItemFields.Decimal("installmentsPaid") ?? 0m) + 1m);
        if (!IsLastInstallment(c) && c.ItemFields.Date("nextDueDate") is { } due)
        {
            c.Set("nextDueDate", due.AddMonths(1));
        }
    }

    private static bool IsRefundable(TransitionContext c) =>
        c.Field("refundAmount") is decimal refund && refund > 0m && refund <= (c.ItemFields.Decimal("recoveredAmount") ?? 0m);

    private static void Adjust(TransitionContext c, decimal by) =>
        c.Set("recoveredAmount", (c.ItemFields.Decimal("recoveredAmount") ?? 0m) + by);

    // What the case has brought in so far: every payment adds to it, so the month's sum is honest.
    private static void Recover(TransitionContext c) =>
        c.Set("recoveredAmount", (c.ItemFields.Decimal("recoveredAmount") ?? 0m) + (c.Field("paymentAmount") as decimal? ?? 0m));
}
