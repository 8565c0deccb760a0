using OpsBoard.Domain.Workflows.Collections;

namespace OpsBoard.Collections;

/// <summary>
/// What a collection case's move brought in, the one rule for the desk's recovered totals and the goals: a payment or an
/// authorised advance adds, a refund to the client takes back. The credit bureau is told of payments only.
/// </summary>
public static class Recovery
{
    public static readonly string[] PaymentTriggers =
        [nameof(CollectionTrigger.PaymentReceived), nameof(CollectionTrigger.Complete), nameof(CollectionTrigger.PayInstallment)];

    public static readonly string[] Triggers = [.. PaymentTriggers, nameof(CollectionTrigger.RecordAdvance), nameof(CollectionTrigger.RefundClient)];

    /// <summary>The signed amount of a move, from its changed fields; null when the move recovered nothing.</summary>
    public static decimal? Amount(string trigger, Func<string, decimal?> field) => trigger switch
    {
        nameof(CollectionTrigger.RecordAdvance) => field("advanceAmount"),
        nameof(CollectionTrigger.RefundClient) => -field("refundAmount"),
        _ when PaymentTriggers.Contains(trigger) => field("paymentAmount"),
        _ => null,
    };
}
