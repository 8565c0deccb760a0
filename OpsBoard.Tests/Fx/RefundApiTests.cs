using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Fx;

public sealed class RefundApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task A_settled_operation_is_refunded_it_reopens_and_the_fee_charged_needs_its_amount()
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("operation", new { client = "Refund after settling", amount = 4_000m, currency = "USD" });
        var v = await ana.MoveTo(item, "Settled");
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM Items WHERE Id = {item.Id()} AND DoneAt IS NOT NULL"));

        v = (await ana.FireOk(item.Id(), "RequestRefund", v, new { reason = "Beneficiary account closed" })).Version();
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM Items WHERE Id = {item.Id()} AND DoneAt IS NULL AND QueueKey = 'operations-refunds'"));
        var noAmount = await ana.Fire(item.Id(), "ConfirmRefund", v, new { feeCharged = true });
        var negative = await ana.Fire(item.Id(), "ConfirmRefund", v, new { feeCharged = true, feeAmount = -1m });

        Assert.Equal(HttpStatusCode.Conflict, noAmount.StatusCode);
        Assert.Equal("FeeAmountRequired", (string?)(await noAmount.Json())["blockedBy"]![0]);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Equal(v, (await ana.GetJson($"/api/v1/items/{item.Id()}")).Version());

        var refunded = await ana.FireOk(item.Id(), "ConfirmRefund", v, new { feeCharged = true, feeAmount = 35.5m });

        Assert.Equal("Refunded", (string?)refunded["state"]);
        Assert.Equal(35.5m, (decimal)refunded["fields"]!["feeAmount"]!);
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM Items WHERE Id = {item.Id()} AND DoneAt IS NOT NULL"));
    }

    [Theory]
    [InlineData("Closed")]
    [InlineData("AtBroker")]
    public async Task A_refund_is_asked_from_every_state_after_payment(string state)
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("operation", new { client = "Refund from " + state, amount = 1_000m, currency = "USD" });
        var v = await ana.MoveTo(item, state);

        var pending = await ana.FireOk(item.Id(), "RequestRefund", v, new { reason = "Client gave up" });

        Assert.Equal("RefundPending", (string?)pending["state"]);
    }

    [Fact]
    public async Task A_refund_over_the_set_amount_in_USD_is_confirmed_by_a_Lead_not_an_agent()
    {
        // EUR 10,000 at 1.08 is USD 10,800, over the default USD 10,000.
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("operation", new { client = "Large refund", amount = 10_000m, currency = "EUR" });
        var v = await ana.MoveTo(item, "ReadyToClose");
        v = (await ana.FireOk(item.Id(), "RequestRefund", v, new { reason = "Duplicate payment" })).Version();

        var refused = await ana.Fire(item.Id(), "ConfirmRefund", v, new { feeCharged = true, feeAmount = 50m });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("RefundNeedsLead", (string?)(await refused.Json())["blockedBy"]![0]);
        Assert.Equal("RefundPending", (string?)(await ana.GetJson($"/api/v1/items/{item.Id()}"))["state"]);
        var carla = await server.ClientFor("carla");
        Assert.Equal("Refunded", (string?)(await carla.FireOk(item.Id(), "ConfirmRefund", v, new { feeCharged = true, feeAmount = 50m }))["state"]);
    }

    [Fact]
    public async Task A_refund_under_the_set_amount_is_confirmed_by_an_agent()
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("operation", new { client = "Small refund", amount = 9_000m, currency = "USD" });
        var v = await ana.MoveTo(item, "ReadyToClose");
        v = (await ana.FireOk(item.Id(), "RequestRefund", v, new { reason = "Duplicate payment" })).Version();

        var refunded = await ana.FireOk(item.Id(), "ConfirmRefund", v, new { feeCharged = true, feeAmount = 0m });

        Assert.Equal("Refunded", (string?)refunded["state"]);
    }
}
