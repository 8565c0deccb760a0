using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Clients;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Items;

public sealed class TakeOrderTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    [Fact]
    public async Task Take_next_serves_a_priority_clients_item_before_an_older_standard_one_in_the_same_band_but_not_before_an_overdue_one()
    {
        var carla = await server.SignedIn("carla");
        var standard = await carla.RegisterClient(new { name = "Standard " + ClientsKit.Tag(), segment = "company" });
        var priority = await carla.RegisterClient(new { name = "Priority " + ClientsKit.Tag(), segment = "company", tier = "priority" });
        Assert.Equal("priority", (string?)priority["tier"]);
        var ana = await server.SignedIn("ana");
        var overdue = await ana.CreateItemFor(standard.Id(), "story", new { client = "Standard" }, "Overdue standard");
        // A received story has four business hours: five later, the first is overdue and the next two are on time.
        server.Clock.Advance(TimeSpan.FromHours(5));
        ana = await server.SignedIn("ana");
        var older = await ana.CreateItemFor(standard.Id(), "story", new { client = "Standard" }, "Older standard");
        server.Clock.Advance(TimeSpan.FromMinutes(1));
        var first = await ana.CreateItemFor(priority.Id(), "story", new { client = "Priority" }, "Priority");

        var taken = new List<long>();
        for (var n = 0; n < 3; n++)
        {
            var next = await ana.PostAsync("/api/v1/queues/stories-review/next", null);
            Assert.Equal(HttpStatusCode.OK, next.StatusCode);
            taken.Add((await next.Json()).Id());
        }

        Assert.Equal([overdue.Id(), first.Id(), older.Id()], taken);
    }

    [Fact]
    public async Task A_tier_change_is_kept_on_the_client_and_in_the_audit_log_and_a_wrong_tier_is_refused()
    {
        var carla = await server.SignedIn("carla");
        var client = await carla.RegisterClient(new { name = "Tiered " + ClientsKit.Tag(), segment = "company" });
        Assert.Equal("standard", (string?)client["tier"]);

        var wrong = await carla.PutAsJsonAsync($"/api/v1/clients/{client.Id()}", new { name = (string)client["name"]!, segment = "company", tier = "gold" });
        var changed = await carla.PutAsJsonAsync($"/api/v1/clients/{client.Id()}", new { name = (string)client["name"]!, segment = "company", tier = "priority" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await wrong.Json())["errors"]!.AsObject().ContainsKey("tier"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("priority", (string?)(await carla.GetJson($"/api/v1/clients/{client.Id()}"))["client"]!["tier"]);
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM AuditLog WHERE Subject = 'client-tier:{client.Id()}' AND Actor = 'carla' AND Detail LIKE '%priority%'"));
    }
}
