using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Orders;

/// <summary>An order as the desk takes it, and the steps that carry it to the customer.</summary>
public static class OrderSteps
{
    public static Task<JsonObject> CreateOrder(this HttpClient client, string clientName, string title = "Order") =>
        client.CreateItem("order", new { client = clientName, channel = "phone", lines = new[] { "Paper A4 x 10", "Toner TN-2375 x 2" }, amount = 1250m }, title);

    /// <summary>From Received to Delivered, one move at a time, picked and shipped by <paramref name="warehouse"/>; the order as it is after the last.</summary>
    public static async Task<JsonObject> DeliverOrder(this HttpClient client, JsonObject order, HttpClient warehouse)
    {
        var id = order.Id();
        var current = await client.FireOk(id, "Confirm", order.Version(), new { confirmedBy = "Irina, purchasing", confirmationMethod = "phone" });
        current = await client.FireOk(id, "SendToWarehouse", current.Version());
        current = await warehouse.FireOk(id, "Pick", current.Version());
        current = await warehouse.FireOk(id, "Ship", current.Version(), new { carrier = "CDEK", trackingNumber = "1234567890" });
        return await client.FireOk(id, "Deliver", current.Version());
    }
}
