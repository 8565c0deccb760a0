using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Orders;

namespace OpsBoard.Tests.Domain.Workflows.Orders;

public class OrderWorkflowTests
{
    private static readonly IWorkflow Workflow = WorkflowCatalog.Default.Get("order");

    /// <summary>An agent who also holds the warehouse's area.</summary>
    private static readonly Actor Warehouse = Actor.Of("wanda", Roles.Agent, Roles.Warehouse);

    /// <summary>Every move of the order workflow, from the seed: cancel before the goods leave, return once delivered.</summary>
    public static readonly TheoryData<OrderState, OrderTrigger, OrderState> Moves = new()
    {
        { OrderState.Received, OrderTrigger.Confirm, OrderState.Confirmed },
        { OrderState.Received, OrderTrigger.AskConfirmation, OrderState.AwaitingConfirmation },
        { OrderState.AwaitingConfirmation, OrderTrigger.Confirm, OrderState.Confirmed },
        { OrderState.AwaitingConfirmation, OrderTrigger.Cancel, OrderState.Cancelled },
        { OrderState.Confirmed, OrderTrigger.SendToWarehouse, OrderState.AtWarehouse },
        { OrderState.AtWarehouse, OrderTrigger.Pick, OrderState.Picked },
        { OrderState.Picked, OrderTrigger.Ship, OrderState.Shipped },
        { OrderState.Shipped, OrderTrigger.Deliver, OrderState.Delivered },
        { OrderState.Delivered, OrderTrigger.SendDocuments, OrderState.DocumentsSent },
        { OrderState.Received, OrderTrigger.Cancel, OrderState.Cancelled },
        { OrderState.Confirmed, OrderTrigger.Cancel, OrderState.Cancelled },
        { OrderState.AtWarehouse, OrderTrigger.Cancel, OrderState.Cancelled },
        { OrderState.Picked, OrderTrigger.Cancel, OrderState.Cancelled },
        { OrderState.Delivered, OrderTrigger.Return, OrderState.Returned },
        { OrderState.DocumentsSent, OrderTrigger.Return, OrderState.Returned },
    };

    public static TheoryData<OrderState, OrderTrigger> ForbiddenMoves() => MoveTable.Forbidden(Moves);

    private static readonly Dictionary<string, object?> Order = DomainKit.Values(("client", "ООО Ромашка"), ("channel", "phone"),
        ("lines", new[] { "Paper A4 x 10", "Toner TN-2375 x 2" }), ("amount", 1250m));

    private static Dictionary<string, object?> ParametersFor(OrderTrigger trigger) => trigger switch
    {
        OrderTrigger.Confirm => DomainKit.Values(("confirmedBy", "Irina, purchasing"), ("confirmationMethod", "phone")),
        OrderTrigger.Ship => DomainKit.Values(("carrier", "CDEK"), ("trackingNumber", "1234567890")),
        OrderTrigger.Cancel => DomainKit.Values(("cancelReason", "client changed their mind")),
        OrderTrigger.Return => DomainKit.Values(("returnReason", "wrong colour")),
        _ => [],
    };

    private static FireResult Fire(OrderState state, OrderTrigger trigger, Actor actor, Dictionary<string, object?>? parameters = null,
        Dictionary<string, object?>? item = null) =>
        Workflow.Fire(state.ToString(), trigger.ToString(), DomainKit.Context(actor, item ?? Order, parameters ?? ParametersFor(trigger)));

    [Theory]
    [MemberData(nameof(Moves))]
    public void Every_move_of_the_table_succeeds_for_an_agent_of_the_area_it_needs_with_its_parameters(OrderState from, OrderTrigger trigger, OrderState to)
    {
        var result = Fire(from, trigger, OrderWorkflow.WarehouseMoves.Contains(trigger) ? Warehouse : DomainKit.Agent);

        WorkflowAssert.Moved(result, to, ParametersFor(trigger));
    }

    [Theory]
    [MemberData(nameof(ForbiddenMoves))]
    public void Every_move_not_in_the_table_is_NotPermittedInState(OrderState state, OrderTrigger trigger)
    {
        var result = Fire(state, trigger, DomainKit.Lead);

        WorkflowAssert.NotPermittedInState(result);
    }

    [Fact]
    public void The_table_and_the_forbidden_moves_cover_every_state_and_trigger_pair()
    {
        WorkflowAssert.CoversEveryPair(Moves, 15);
    }

    [Fact]
    public void The_described_triggers_match_the_table_with_staff_roles_and_required_fields()
    {
        var required = new Dictionary<string, string[]>
        {
            ["Confirm"] = ["confirmedBy", "confirmationMethod"],
            ["Ship"] = ["carrier", "trackingNumber"],
            ["Cancel"] = ["cancelReason"],
            ["Return"] = ["returnReason"],
        };
        WorkflowAssert.TriggersMatch(Workflow, Moves, required, _ => Roles.Staff);
    }

    [Fact]
    public void Shipping_without_the_tracking_number_is_refused_naming_it()
    {
        var result = Fire(OrderState.Picked, OrderTrigger.Ship, DomainKit.Agent, DomainKit.Values(("carrier", "CDEK")));

        Assert.Equal(Refusal.MissingFields, result.Refusal);
        Assert.Equal(["trackingNumber"], result.MissingFields);
    }

    [Fact]
    public void Confirming_an_order_whose_lines_do_not_read_as_product_and_quantity_is_blocked_with_the_reason()
    {
        var item = new Dictionary<string, object?>(Order) { ["lines"] = new[] { "Paper A4 x 10", "Toner, two boxes" } };

        var result = Fire(OrderState.Received, OrderTrigger.Confirm, DomainKit.Agent, item: item);

        Assert.Equal(Refusal.Blocked, result.Refusal);
        Assert.Equal(["OrderLinesInvalid"], result.BlockedBy.Select(b => b.Key));
    }

    [Theory]
    [InlineData(OrderState.AtWarehouse, OrderTrigger.Pick)]
    [InlineData(OrderState.Picked, OrderTrigger.Ship)]
    public void Picking_and_shipping_by_anyone_outside_the_warehouse_is_blocked_with_the_reason(OrderState state, OrderTrigger trigger)
    {
        foreach (var actor in new[] { DomainKit.Agent, DomainKit.Lead, DomainKit.Manager, Actor.Of("otto", Roles.Agent, Roles.Operations) })
        {
            var result = Fire(state, trigger, actor);

            Assert.Equal(Refusal.Blocked, result.Refusal);
            Assert.Equal(["OrderWarehouseOnly"], result.BlockedBy.Select(b => b.Key));
        }
    }

    [Fact]
    public void The_warehouse_area_is_not_a_dossier_area_but_may_be_given_to_people()
    {
        Assert.DoesNotContain(Roles.Warehouse, Roles.Areas);
        Assert.Contains(Roles.Warehouse, Roles.AllAreas);
        Assert.Contains(Roles.Warehouse, OpsBoard.Admin.People.PersonRules.Assignable);
    }

    [Fact]
    public void Asking_the_client_to_confirm_an_order_whose_lines_do_not_read_is_blocked_with_the_reason()
    {
        var item = new Dictionary<string, object?>(Order) { ["lines"] = new[] { "Toner, two boxes" } };

        var result = Fire(OrderState.Received, OrderTrigger.AskConfirmation, DomainKit.Agent, item: item);

        Assert.Equal(["OrderLinesInvalid"], result.BlockedBy.Select(b => b.Key));
    }

    [Fact]
    public void While_the_client_is_asked_to_confirm_the_client_holds_the_order_and_every_other_open_step_is_the_desks()
    {
        Assert.Equal(OpsBoard.Domain.Sla.Party.Client, Workflow.HolderOf("AwaitingConfirmation"));
        Assert.All(["Received", "Confirmed", "AtWarehouse", "Picked", "Shipped", "Delivered"],
            s => Assert.Equal(OpsBoard.Domain.Sla.Party.Desk, Workflow.HolderOf(s)));
        Assert.Null(Workflow.HolderOf("DocumentsSent"));
    }

    [Fact]
    public void An_admin_who_is_not_staff_may_not_move_an_order()
    {
        Assert.Equal(Refusal.RoleNotAllowed, Fire(OrderState.Received, OrderTrigger.Confirm, DomainKit.AdminOnly).Refusal);
    }

    [Theory]
    [InlineData("Paper A4 x 10", "Paper A4", 10)]
    [InlineData("Box 30 x 40 cm x 3", "Box 30 x 40 cm", 3)]
    [InlineData("Молоко 3,2% X 12", "Молоко 3,2%", 12)]
    public void A_line_reads_as_the_product_then_the_quantity_after_the_last_x(string line, string product, int quantity)
    {
        Assert.Equal(new OrderLine(product, quantity), OrderLines.Parse(line));
    }

    [Theory]
    [InlineData("Paper A4")]
    [InlineData("Paper A4 x 0")]
    [InlineData("Paper A4 x -2")]
    [InlineData("Paper A4 x 1.5")]
    [InlineData(" x 4")]
    public void A_line_without_a_product_and_a_whole_quantity_above_zero_is_not_a_line(string line)
    {
        Assert.Null(OrderLines.Parse(line));
    }

    [Fact]
    public void Client_channel_lines_and_amount_are_required_on_create_and_every_step_before_the_end_has_a_clock()
    {
        Assert.Equal(["client", "channel", "lines", "amount"], Workflow.Fields.Where(f => f.RequiredOnCreate).Select(f => f.Name));
        Assert.All(["Received", "AwaitingConfirmation", "Confirmed", "AtWarehouse", "Picked", "Shipped", "Delivered"], s => Assert.NotNull(Workflow.SlaFor(s)));
        Assert.Equal(new HashSet<string> { "DocumentsSent", "Cancelled", "Returned" }, Workflow.DoneStates);
    }

    [Fact]
    public void The_desk_and_the_warehouse_hand_off_each_have_their_queue()
    {
        var queues = OpsBoard.Domain.Queues.QueueCatalog.Default;

        Assert.Equal("orders", queues.For("order", "Received")?.Key);
        Assert.Equal("orders", queues.For("order", "AwaitingConfirmation")?.Key);
        Assert.Equal("orders-warehouse", queues.For("order", "AtWarehouse")?.Key);
        Assert.Equal("orders-warehouse", queues.For("order", "Picked")?.Key);
        Assert.Null(queues.For("order", "DocumentsSent"));
        Assert.Contains("orders-warehouse", queues.VisibleTo(Warehouse).Select(q => q.Key));
        Assert.DoesNotContain("orders-warehouse", queues.VisibleTo(DomainKit.Agent).Select(q => q.Key));
    }

    [Fact]
    public void The_diagram_has_one_line_per_move()
    {
        WorkflowAssert.DiagramHasOneLinePerMove(Workflow, Moves);
    }
}
