using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Sla;
using Stateless;

namespace OpsBoard.Domain.Workflows.Operations;

public enum OperationState
{
    Received, AwaitingPayment, PaymentReview, ReadyToClose, Closed, AtBroker, Returned, Settled, Cancelled, RefundPending, Refunded,
}

public enum OperationTrigger
{
    Identify, ReceiveProof, ApprovePayment, RejectProof, Close, SendToBroker, SignContract, Settle, BrokerReturn, Resubmit,
    Cancel, RequestRefund, ConfirmRefund,
}

/// <summary>An FX remittance order worked by the DVP desk with the broker.</summary>
public static class OperationWorkflow
{
    public const string Type = "operation";

    /// <summary>From this amount in USD a physical contract must be signed before settling.</summary>
    public const decimal ContractThresholdUsd = 100_000m;

    public static IReadOnlyList<FieldDefinition> Fields { get; } =
    [
        new("client", FieldType.Text, RequiredOnCreate: true) { MaxLength = FieldLimits.ShortText },
        new("amount", FieldType.Money, RequiredOnCreate: true) { Min = 0.01m },
        new("currency", FieldType.Choice, Choices: ["USD", "EUR", "GBP", "CAD", "AUD", "JPY", "CHF"]),
        new("direction", FieldType.Choice, Choices: ["inbound", "outbound"]),
        new("channel", FieldType.Choice, Choices: ["online", "offline", "pj"]),
        new("rate", FieldType.Number) { Min = 0m, Max = 1_000_000m },
        new("operator", FieldType.Text) { MaxLength = FieldLimits.ShortText },
        new("brokerReference", FieldType.Text) { MaxLength = FieldLimits.ShortText },
        new("contractSigned", FieldType.Boolean) { SetByWorkflow = true },
        new("usdRate", FieldType.Number) { Min = 0m, Max = 1_000_000m, SetByWorkflow = true },
        new("reason", FieldType.Text),
        new("correctedData", FieldType.Text),
        new("feeCharged", FieldType.Boolean),
        new("signedCopy", FieldType.Text) { MaxLength = SignedCopyLength, FileReference = true },
        new("swiftReference", FieldType.Text) { MaxLength = SwiftReference.MaxLength },
        new("feeAmount", FieldType.Money) { Min = 0m },
        new("limitOverrideNote", FieldType.Text) { MaxLength = FieldLimits.ShortText },
    ];

    /// <summary>The signed copy is named by the SHA-256 of a file on the operation: the history then proves which paper was signed.</summary>
    public const int SignedCopyLength = 64;

    /// <summary>Refunds above this amount in USD are confirmed by a Lead unless the settings say otherwise.</summary>
    public const decimal DefaultRefundLeadAboveUsd = 10_000m;

    /// <summary>
    /// The amount in US dollars: at the rate fixed when the operation closed, or before that at today's reference rate;
    /// null when the currency has no rate.
    /// </summary>
    public static decimal? UsdAmount(Func<string, object?> field, IUsdRates rates) =>
        field("amount") is decimal amount && (field("usdRate") as decimal? ?? rates.UsdPerUnit(CurrencyOf(field))) is { } rate
            ? amount * rate
            : null;

    /// <summary>Whether settling needs a signed contract: the USD equivalent reaches the threshold, or cannot be known.</summary>
    public static bool NeedsContract(Func<string, object?> field, IUsdRates rates) =>
        UsdAmount(field, rates) is not { } usd || usd >= ContractThresholdUsd;

    /// <summary>Signed means the signed copy is on file; a flag alone (operations signed before copies were kept) is not enough.</summary>
    public static bool IsSigned(Func<string, object?> field) => field("contractSigned") is true && field("signedCopy") is string;

    public static string CurrencyOf(Func<string, object?> field) => field("currency") as string ?? "USD";

    public static Workflow<OperationState, OperationTrigger> Create(IUsdRates rates, decimal refundLeadAboveUsd = DefaultRefundLeadAboveUsd)
    {
        var policies = new TriggerPolicies<OperationTrigger>();
        policies.For(OperationTrigger.Close).Requires("rate", "operator").Optional("limitOverrideNote");
        policies.For(OperationTrigger.BrokerReturn).Requires("reason");
        policies.For(OperationTrigger.Resubmit).Requires("correctedData");
        policies.For(OperationTrigger.Cancel).Requires("reason");
        policies.For(OperationTrigger.RequestRefund).Requires("reason");
        policies.For(OperationTrigger.ConfirmRefund).Requires("feeCharged").Optional("feeAmount");
        policies.For(OperationTrigger.SendToBroker).Requires("brokerReference");
        policies.For(OperationTrigger.SignContract).Requires("signedCopy");
        policies.For(OperationTrigger.Settle).Requires("swiftReference");

        var sla = new Dictionary<OperationState, SlaRule>
        {
            [OperationState.Received] = SlaRule.Hours(2),
            [OperationState.AwaitingPayment] = SlaRule.Days(1),
            [OperationState.PaymentReview] = SlaRule.Hours(2),
            [OperationState.ReadyToClose] = SlaRule.Hours(1),
            [OperationState.Closed] = SlaRule.Hours(4),
            [OperationState.AtBroker] = SlaRule.Days(1),
            [OperationState.Returned] = SlaRule.Hours(4),
            [OperationState.RefundPending] = SlaRule.Days(2),
        };
        // Whose turn it is: the client pays, the broker settles; every other open state is the desk's.
        var holders = new Dictionary<OperationState, Party>
        {
            [OperationState.AwaitingPayment] = Party.Client,
            [OperationState.AtBroker] = Party.Broker,
        };
        return new(Type, OperationState.Received, (m, c) => Configure(m, c, rates, refundLeadAboveUsd), policies, Fields,
            [OperationState.Settled, OperationState.Cancelled, OperationState.Refunded], sla, holders: holders);
    }

    private static void Configure(StateMachine<OperationState, OperationTrigger> m, TransitionContext c, IUsdRates rates, decimal refundLeadAboveUsd)
    {
        m.Configure(OperationState.Received).Permit(OperationTrigger.Identify, OperationState.AwaitingPayment)
            .Permit(OperationTrigger.Cancel, OperationState.Cancelled);
        m.Configure(OperationState.AwaitingPayment).Permit(OperationTrigger.ReceiveProof, OperationState.PaymentReview)
            .Permit(OperationTrigger.Cancel, OperationState.Cancelled);
        m.Configure(OperationState.PaymentReview).Permit(OperationTrigger.ApprovePayment, OperationState.ReadyToClose)
            .Permit(OperationTrigger.RejectProof, OperationState.AwaitingPayment)
            .Permit(OperationTrigger.Cancel, OperationState.Cancelled);
        // Closing fixes the USD rate the operation's rules read from then on; a currency without one cannot close.
        m.Configure(OperationState.ReadyToClose)
            .PermitIf(OperationTrigger.Close, OperationState.Closed, () => rates.UsdPerUnit(CurrencyOf(c.Field)) is not null, "NoReferenceRate")
            .Permit(OperationTrigger.Cancel, OperationState.Cancelled)
            .Permit(OperationTrigger.RequestRefund, OperationState.RefundPending);
        m.Configure(OperationState.Closed).Permit(OperationTrigger.SendToBroker, OperationState.AtBroker)
            .Permit(OperationTrigger.RequestRefund, OperationState.RefundPending)
            .PermitReentryIf(OperationTrigger.SignContract, () => !IsSigned(name => c.ItemFields.GetValueOrDefault(name)), "ContractAlreadySigned")
            .OnEntryFrom(OperationTrigger.Close, () => c.Set("usdRate", rates.UsdPerUnit(CurrencyOf(c.Field))), "USD rate fixed")
            .OnEntryFrom(OperationTrigger.SignContract, () => c.Set("contractSigned", true), "contract signed");
        m.Configure(OperationState.AtBroker)
            .PermitIf(OperationTrigger.Settle, OperationState.Settled,
                Guard(() => !NeedsContract(c.Field, rates) || IsSigned(c.Field), "ContractNotSigned"),
                Guard(() => c.Parameters.GetValueOrDefault("swiftReference") is not string s || SwiftReference.IsValid(s), "SwiftReferenceInvalid"))
            .Permit(OperationTrigger.BrokerReturn, OperationState.Returned)
            .Permit(OperationTrigger.RequestRefund, OperationState.RefundPending)
            .PermitReentryIf(OperationTrigger.SignContract, () => !IsSigned(name => c.ItemFields.GetValueOrDefault(name)), "ContractAlreadySigned")
            .OnEntryFrom(OperationTrigger.SignContract, () => c.Set("contractSigned", true), "contract signed");
        m.Configure(OperationState.Returned).Permit(OperationTrigger.Resubmit, OperationState.AtBroker)
            .Permit(OperationTrigger.RequestRefund, OperationState.RefundPending);
        // A settled operation can still be refunded: it leaves its done state and is worked again until the refund is confirmed.
        m.Configure(OperationState.Settled).Permit(OperationTrigger.RequestRefund, OperationState.RefundPending);
        m.Configure(OperationState.RefundPending)
            .PermitIf(OperationTrigger.ConfirmRefund, OperationState.Refunded,
                Guard(() => c.Field("feeCharged") is not false || c.Actor.IsInAnyRole(Roles.Leads), "FeeWaiverNeedsLead"),
                Guard(() => c.Field("feeCharged") is not true || c.Field("feeAmount") is decimal, "FeeAmountRequired"),
                Guard(() => UsdAmount(c.Field, rates) is { } usd && usd <= refundLeadAboveUsd || c.Actor.IsInAnyRole(Roles.Leads), "RefundNeedsLead"));
    }

    private static Tuple<Func<bool>, string> Guard(Func<bool> guard, string reason) => Tuple.Create(guard, reason);
}
