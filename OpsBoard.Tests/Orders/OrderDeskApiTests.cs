using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Files;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Orders;

public sealed class OrderDeskApiTests(ItemFilesServer server) : IClassFixture<ItemFilesServer>
{
    [Fact]
    public async Task Picking_by_an_agent_outside_the_warehouse_is_refused_with_the_reason_and_changes_nothing_then_the_warehouse_picks_and_ships()
    {
        var ana = await server.ClientFor("ana");
        var wanda = await server.ClientFor("wanda");
        var order = await ana.CreateOrder("ООО Склад");
        var confirmed = await ana.FireOk(order.Id(), "Confirm", order.Version(), new { confirmedBy = "Irina", confirmationMethod = "phone" });
        var atWarehouse = await ana.FireOk(order.Id(), "SendToWarehouse", confirmed.Version());
        Assert.Equal("orders-warehouse", (string?)atWarehouse["queue"]);

        var refused = await ana.Fire(order.Id(), "Pick", atWarehouse.Version());

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("OrderWarehouseOnly", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await ana.GetJson($"/api/v1/items/{order.Id()}");
        Assert.Equal(("AtWarehouse", atWarehouse.Version()), ((string?)after["state"], after.Version()));
        var picked = await wanda.FireOk(order.Id(), "Pick", atWarehouse.Version());
        var byLead = await (await server.ClientFor("carla")).Fire(order.Id(), "Ship", picked.Version(), new { carrier = "CDEK", trackingNumber = "1" });
        Assert.Equal(HttpStatusCode.Conflict, byLead.StatusCode);
        var shipped = await wanda.FireOk(order.Id(), "Ship", picked.Version(), new { carrier = "CDEK", trackingNumber = "1" });
        Assert.Equal("Shipped", (string?)shipped["state"]);
        Assert.Equal(["ana", "wanda", "wanda"], (await ana.GetJson($"/api/v1/items/{order.Id()}/history")).AsArray()
            .Where(h => (string?)h!["trigger"] is "SendToWarehouse" or "Pick" or "Ship").Select(h => (string?)h!["actor"]));
    }

    [Fact]
    public async Task An_order_asked_to_the_client_waits_on_the_client_without_a_desk_clock_until_confirmed()
    {
        var ana = await server.ClientFor("ana");
        var order = await ana.CreateOrder("ООО Подтверждение");

        var asked = await ana.FireOk(order.Id(), "AskConfirmation", order.Version());

        Assert.Equal(("AwaitingConfirmation", "orders"), ((string?)asked["state"], (string?)asked["queue"]));
        Assert.Null(asked["slaDueAt"]);
        Assert.Equal("client", (string?)(await ana.GetJson($"/api/v1/items/{order.Id()}/times"))["holder"]);
        var again = await ana.Fire(order.Id(), "AskConfirmation", asked.Version());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var confirmed = await ana.FireOk(order.Id(), "Confirm", asked.Version(), new { confirmedBy = "Irina", confirmationMethod = "email" });
        Assert.Equal("Confirmed", (string?)confirmed["state"]);
        Assert.NotNull(confirmed["slaDueAt"]);
    }

    [Fact]
    public async Task A_clients_claim_days_set_by_a_lead_are_audited_with_the_value_before_and_reset_to_the_default()
    {
        var ana = await server.ClientFor("ana");
        var carla = await server.ClientFor("carla");
        var clientId = (await ana.CreateOrder("ООО Аудит"))["clientId"]!.GetValue<long>();

        Assert.Equal(HttpStatusCode.NoContent, (await carla.PutAsJsonAsync($"/api/v1/clients/{clientId}/claim-days", new { days = 7 })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await carla.PutAsJsonAsync($"/api/v1/clients/{clientId}/claim-days", new { days = (int?)null })).StatusCode);
        var refused = await carla.PutAsJsonAsync($"/api/v1/clients/{clientId}/claim-days", new { days = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var subject = $"Subject = 'client-claim-days:{clientId}' AND Kind = 'setting-change' AND Actor = 'carla'";
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM AuditLog WHERE {subject} AND Detail LIKE '%\"previous\":null%' AND Detail LIKE '%\"days\":7%'"));
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM AuditLog WHERE {subject} AND Detail LIKE '%\"previous\":7%' AND Detail LIKE '%\"days\":null%'"));
        Assert.Equal(2, await server.Scalar($"SELECT COUNT(*) FROM AuditLog WHERE Subject = 'client-claim-days:{clientId}'"));
    }
}
