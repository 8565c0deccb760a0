using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Clients;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Fx.Limits;

public sealed class ClientLimitApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    private async Task<long> ClientWithLimit(decimal amount, string currency)
    {
        var carla = await server.ClientFor("carla");
        var client = await carla.RegisterClient(new { name = "Limited " + ClientsKit.Tag(), segment = "company", approvedLimit = new { amount, currency } });
        return client.Id();
    }

    private async Task<(long Id, int Version)> OperationAt(long clientId, decimal amount, string currency, string state)
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItemFor(clientId, "operation", new { client = "Limited", amount, currency });
        return (item.Id(), await ana.MoveTo(item, state));
    }

    [Fact]
    public async Task A_limit_the_broker_approved_in_reais_is_checked_in_USD_at_the_real_s_reference_rate()
    {
        // The seeded day's rate is USD 0.19 per real: BRL 200,000 is USD 38,000, short of this USD 50,000 operation.
        var clientId = await ClientWithLimit(200_000m, "BRL");
        var (id, version) = await OperationAt(clientId, 50_000m, "USD", "ReadyToClose");
        var ana = (await server.ClientFor("ana")).InEnglish();

        var refused = await ana.Fire(id, "Close", version, new { rate = 5.4m, @operator = "Mesa" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("limit USD 38,000.00", (string)(await refused.Json())["detail"]!, StringComparison.Ordinal);
        Assert.Equal(version, (await ana.GetJson($"/api/v1/items/{id}")).Version());
        var diego = await server.ClientFor("diego");
        Assert.True((await diego.PutAsJsonAsync("/api/v1/fx/rates/BRL", new { usdPerUnit = 0.3m })).IsSuccessStatusCode);

        Assert.Equal("Closed", (string)(await ana.FireOk(id, "Close", version, new { rate = 5.4m, @operator = "Mesa" }))["state"]!);
    }

    [Fact]
    public async Task A_close_over_the_limit_is_refused_with_the_figures_and_changes_nothing_then_a_Lead_closes_it_with_a_note_kept_in_the_history()
    {
        var clientId = await ClientWithLimit(100_000m, "USD");
        await OperationAt(clientId, 60_000m, "USD", "Closed");
        var (id, version) = await OperationAt(clientId, 50_000m, "USD", "ReadyToClose");
        var ana = (await server.ClientFor("ana")).InEnglish();
        var history = await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {id}");

        var refused = await ana.Fire(id, "Close", version, new { rate = 5.4m, @operator = "Mesa" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Json();
        Assert.Equal("LimitExceeded", (string?)problem["blockedBy"]![0]);
        var detail = (string)problem["detail"]!;
        foreach (var figure in new[] { "limit USD 100,000.00", "used USD 60,000.00", "this operation USD 50,000.00", "over by USD 10,000.00" })
        {
            Assert.Contains(figure, detail, StringComparison.Ordinal);
        }
        var unchanged = await ana.GetJson($"/api/v1/items/{id}");
        Assert.Equal(("ReadyToClose", version), ((string)unchanged["state"]!, unchanged.Version()));
        Assert.Null(unchanged["fields"]!["usdRate"]);
        Assert.Equal(history, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {id}"));

        var carla = await server.ClientFor("carla");
        var closed = await carla.FireOk(id, "Close", version, new { rate = 5.4m, @operator = "Mesa", limitOverrideNote = "Broker raised the line by phone" });

        Assert.Equal("Closed", (string?)closed["state"]);
        var changes = server.WithDb(db => db.History.Where(h => h.ItemId == id && h.Trigger == "Close").Select(h => new { h.Actor, h.ChangesJson }).Single());
        Assert.Equal("carla", changes.Actor);
        Assert.Contains("Broker raised the line by phone", changes.ChangesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_cannot_override_the_limit_even_with_a_note()
    {
        var clientId = await ClientWithLimit(10_000m, "USD");
        var (id, version) = await OperationAt(clientId, 12_000m, "USD", "ReadyToClose");
        var ana = (await server.ClientFor("ana")).InEnglish();

        var refused = await ana.Fire(id, "Close", version, new { rate = 5.4m, @operator = "Mesa", limitOverrideNote = "Trust me" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.StartsWith("Only a Lead may close over the client's limit: limit USD 10,000.00", (string?)(await refused.Json())["detail"], StringComparison.Ordinal);
        Assert.Equal("ReadyToClose", (string?)(await ana.GetJson($"/api/v1/items/{id}"))["state"]);
        Assert.Equal(0, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {id} AND \"Trigger\" = 'Close'"));
    }

    [Fact]
    public async Task The_limit_counts_operations_in_other_currencies_at_their_USD_rate_and_ones_settled_this_month()
    {
        // EUR 1.08: 5,000 EUR settled is USD 5,400; GBP 1.27: 3,000 GBP closed is USD 3,810; 800 USD more takes 10,000 over.
        var clientId = await ClientWithLimit(10_000m, "USD");
        await OperationAt(clientId, 5_000m, "EUR", "Settled");
        await OperationAt(clientId, 3_000m, "GBP", "Closed");
        var (fits, fitsVersion) = await OperationAt(clientId, 790m, "USD", "ReadyToClose");
        var (over, overVersion) = await OperationAt(clientId, 800m, "USD", "ReadyToClose");
        var ana = (await server.ClientFor("ana")).InEnglish();

        var refused = await ana.Fire(over, "Close", overVersion, new { rate = 5.4m, @operator = "Mesa" });
        await ana.FireOk(fits, "Close", fitsVersion, new { rate = 5.4m, @operator = "Mesa" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("used USD 9,210.00", (string)(await refused.Json())["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_without_a_limit_closes_any_amount()
    {
        var carla = await server.ClientFor("carla");
        var client = await carla.RegisterClient(new { name = "Unlimited " + ClientsKit.Tag(), segment = "company" });
        var (id, version) = await OperationAt(client.Id(), 9_000_000m, "USD", "ReadyToClose");

        var closed = await (await server.ClientFor("ana")).FireOk(id, "Close", version, new { rate = 5.4m, @operator = "Mesa" });

        Assert.Equal("Closed", (string?)closed["state"]);
    }
}
