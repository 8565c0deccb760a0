using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Sla;
using Stateless;

namespace OpsBoard.Domain.Workflows.Orders;

public enum OrderState
{
    Received, AwaitingConfirmation, Confirmed, AtWarehouse, Picked, Shipped, Delivered, DocumentsSent, Cancelled, Returned,
}

public enum OrderTrigger
{
    Confirm, SendToWarehouse, Pick, Ship, Deliver, SendDocuments, Cancel, Return, AskConfirmation,
}

/// <summary>
/// A client's order, from whatever channel it came by, to the primary documents handed to accounting.
/// Goods that have left the warehouse can no longer be cancelled, only returned once delivered. The client may be asked to
/// confirm and then holds the order; only the warehouse picks and ships.
/// </summary>
public static class OrderWorkflow
{
    public const string Type = "order";

    public static IReadOnlyList<string> Channels { get; } = ["phone", "email", "site", "salesRep"];

    public static IReadOnlyList<string> ConfirmationMethods { get; } = ["phone", "email", "messenger", "inPerson"];

    public static IReadOnlyList<FieldDefinition> Fields { get; } =
    [
        new("client", FieldType.Text, RequiredOnCreate: true) { MaxLength = FieldLimits.ShortText },
        new("channel", FieldType.Choice, RequiredOnCreate: true, Choices: Channels),
        new("lines", FieldType.TextList, RequiredOnCreate: true) { MaxLength = FieldLimits.ShortText },
        new("amount", FieldType.Money, RequiredOnCreate: true) { Min = 0.01m },
        new("confirmedBy", FieldType.Text) { MaxLength = FieldLimits.ShortText },
        new("confirmationMethod", FieldType.Choice, Choices: ConfirmationMethods),
        new("carrier", FieldType.Text) { MaxLength = FieldLimits.ShortText },
        new("trackingNumber", FieldType.Text) { MaxLength = FieldLimits.ShortText },
        new("cancelReason", FieldType.Text),
        new("returnReason", FieldType.Text),
    ];

    /// <summary>The states from which the goods have not left yet: the order may still be cancelled.</summary>
    public static IReadOnlyList<OrderState> Cancellable { get; } =
        [OrderState.Received, OrderState.AwaitingConfirmation, OrderState.Confirmed, OrderState.AtWarehouse, OrderState.Picked];

    /// <summary>The moves made at the warehouse, by those who hold its area.</summary>
    public static IReadOnlyList<OrderTrigger> WarehouseMoves { get; } = [OrderTrigger.Pick, OrderTrigger.Ship];

    public static Workflow<OrderState, OrderTrigger> Create()
    {
        var policies = new TriggerPolicies<OrderTrigger>();
        policies.For(OrderTrigger.Confirm).Requires("confirmedBy", "confirmationMethod");
        policies.For(OrderTrigger.Ship).Requires("carrier", "trackingNumber");
        policies.For(OrderTrigger.Cancel).Requires("cancelReason");
        policies.For(OrderTrigger.Return).Requires("returnReason");

        // Confirming and handing over are hours of the desk's day; the warehouse and the road take days.
        var sla = new Dictionary<OrderState, SlaRule>
        {
            [OrderState.Received] = SlaRule.Hours(4),
            [OrderState.AwaitingConfirmation] = SlaRule.Days(2),
            [OrderState.Confirmed] = SlaRule.Hours(4),
            [OrderState.AtWarehouse] = SlaRule.Days(1),
            [OrderState.Picked] = SlaRule.Days(1),
            [OrderState.Shipped] = SlaRule.Days(5),
            [OrderState.Delivered] = SlaRule.Days(3),
        };
        // While the client is asked to confirm, the order waits on them: the desk's clock stops.
        var holders = new Dictionary<OrderState, Party> { [OrderState.AwaitingConfirmation] = Party.Client };
        return new(Type, OrderState.Received, Configure, policies, Fields,
            [OrderState.DocumentsSent, OrderState.Cancelled, OrderState.Returned], sla, holders: holders);
    }

    private static void Configure(StateMachine<OrderState, OrderTrigger> m, TransitionContext c)
    {
        m.Configure(OrderState.Received)
            .PermitIf(OrderTrigger.Confirm, OrderState.Confirmed, () => LinesValid(c), "OrderLinesInvalid")
            .PermitIf(OrderTrigger.AskConfirmation, OrderState.AwaitingConfirmation, () => LinesValid(c), "OrderLinesInvalid");
        m.Configure(OrderState.AwaitingConfirmation)
            .PermitIf(OrderTrigger.Confirm, OrderState.Confirmed, () => LinesValid(c), "OrderLinesInvalid");
        m.Configure(OrderState.Confirmed).Permit(OrderTrigger.SendToWarehouse, OrderState.AtWarehouse);
        m.Configure(OrderState.AtWarehouse).PermitIf(OrderTrigger.Pick, OrderState.Picked, () => AtWarehouse(c), "OrderWarehouseOnly");
        m.Configure(OrderState.Picked).PermitIf(OrderTrigger.Ship, OrderState.Shipped, () => AtWarehouse(c), "OrderWarehouseOnly");
        m.Configure(OrderState.Shipped).Permit(OrderTrigger.Deliver, OrderState.Delivered);
        m.Configure(OrderState.Delivered).Permit(OrderTrigger.SendDocuments, OrderState.DocumentsSent)
            .Permit(OrderTrigger.Return, OrderState.Returned);
        m.Configure(OrderState.DocumentsSent).Permit(OrderTrigger.Return, OrderState.Returned);
        foreach (var state in Cancellable)
        {
            m.Configure(state).Permit(OrderTrigger.Cancel, OrderState.Cancelled);
        }
    }

    private static bool LinesValid(TransitionContext c) => OrderLines.AreValid(c.Field("lines"));

    private static bool AtWarehouse(TransitionContext c) => c.Actor.IsInRole(Roles.Warehouse);
}
