using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static OpsBoard.Tests.Turns.TurnsServer;

namespace OpsBoard.Tests.Turns;

public sealed class ItemTimesApiTests(TurnsServer server) : IClassFixture<TurnsServer>
{
    [Fact]
    public async Task An_operation_tells_its_desk_client_and_broker_business_time_and_when_the_broker_runs_late()
    {
        // Thursday 19: one desk hour, then the client owes the payment until Monday 23 10:00, over the Friday holiday and the weekend.
        var id = await server.CreateAt(At(19, 10), "ana", "operation", "Remessa Turnos", new { client = "Turnos Ltda", amount = 1500m, currency = "USD" });
        await server.FireAt(At(19, 11), "ana", id, "Identify");
        var ana = await server.ClientFor("ana");
        var waiting = await ana.GetFromJsonAsync<JsonObject>($"/api/v1/items/{id}");
        Assert.Null(waiting!["slaDueAt"]);

        await server.FireAt(At(23, 10), "ana", id, "ReceiveProof");
        await server.FireAt(At(23, 11), "bruno", id, "ApprovePayment");
        await server.FireAt(At(23, 11, 30), "bruno", id, "Close", new { rate = 5.3m, @operator = "bruno" });
        await server.FireAt(At(23, 12), "bruno", id, "SendToBroker", new { brokerReference = "BR-77" });

        // Tuesday 24 11:00: eight broker hours of its one business day.
        var onTime = await Times(ana, id);
        Assert.Equal("broker", (string?)onTime["holder"]);
        Assert.Equal(180, (double)onTime["deskMinutes"]!);
        Assert.Equal(480, (double)onTime["clientMinutes"]!);
        Assert.Equal(480, (double)onTime["brokerMinutes"]!);
        var broker = onTime["broker"]!;
        Assert.Equal(At(24, 12), (DateTimeOffset)broker["deadlineAt"]!);
        Assert.True((bool)broker["withBroker"]!);
        Assert.False((bool)broker["late"]!);
        var item = await ana.GetFromJsonAsync<JsonObject>($"/api/v1/items/{id}");
        Assert.Equal(At(24, 12), (DateTimeOffset)item!["slaDueAt"]!);

        server.Clock.Advance(TimeSpan.FromHours(1));
        var late = await Times(await server.ClientFor("bruno"), id);
        Assert.Equal(540, (double)late["brokerMinutes"]!);
        Assert.True((bool)late["broker"]!["late"]!);
        Assert.Equal(180, (double)late["deskMinutes"]!);
    }

    [Fact]
    public async Task The_times_of_an_item_that_does_not_exist_are_a_404_problem()
    {
        var response = await (await server.ClientFor("ana")).GetAsync("/api/v1/items/987654/times");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_workflows_api_names_who_holds_each_open_state()
    {
        var workflows = await (await server.ClientFor("ana")).GetFromJsonAsync<JsonArray>("/api/v1/workflows");

        var operation = workflows!.Single(w => (string?)w!["type"] == "operation")!["holders"]!;
        Assert.Equal("client", (string?)operation["AwaitingPayment"]);
        Assert.Equal("broker", (string?)operation["AtBroker"]);
        Assert.Equal("desk", (string?)operation["Received"]);
        Assert.Null(operation["Settled"]);
    }

    private static async Task<JsonNode> Times(HttpClient client, long id)
    {
        var response = await client.GetAsync($"/api/v1/items/{id}/times");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
