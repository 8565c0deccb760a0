using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Clients;

/// <summary>The totals at the head of a client's page: open operations and their volume per currency, open claims, what is owed, the dossier.</summary>
public sealed class ClientTotalsApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task The_totals_count_open_operations_with_their_volume_per_currency_and_open_claims_and_leave_out_what_is_done()
    {
        var carla = await server.ClientFor("carla");
        var name = $"Totais {ClientsKit.Tag()}";
        var first = await carla.CreateItem("operation", new { client = name, amount = 1000m, currency = "EUR" });
        var clientId = first.ClientId();
        await carla.CreateItemFor(clientId, "operation", new { client = name, amount = 250.5m, currency = "EUR" });
        await carla.CreateItemFor(clientId, "operation", new { client = name, amount = 700m, currency = "USD" });
        var cancelled = await carla.CreateItemFor(clientId, "operation", new { client = name, amount = 9999m, currency = "USD" });
        await carla.FireOk(cancelled.Id(), "Cancel", cancelled.Version(), new { reason = "client gave up" });
        await carla.CreateItemFor(clientId, "claim", new { client = name });
        await carla.CreateItemFor(clientId, "claim", new { client = name });
        await carla.CreateItemFor(clientId, "collection", new { client = name, amountDue = 430m });

        var totals = (await carla.GetJson($"/api/v1/clients/{clientId}"))["totals"]!;

        Assert.Equal(3, totals["openOperations"]!.GetValue<int>());
        Assert.Equal([("EUR", 1250.5m), ("USD", 700m)], Volume(totals["operationVolume"]!));
        Assert.Equal(2, totals["openClaims"]!.GetValue<int>());
        Assert.Equal(1, totals["openCollections"]!.GetValue<int>());
        Assert.Equal(430m, totals["inCollections"]![0]!["amount"]!.GetValue<decimal>());
        Assert.Equal(6, totals["openItems"]!.GetValue<int>());
        Assert.Equal(7, totals["allItems"]!.GetValue<int>());
        Assert.Null(totals["dossier"]);
    }

    private static List<(string, decimal)> Volume(JsonNode volume) =>
        [.. volume.AsArray().Select(v => ((string)v!["currency"]!, v["amount"]!.GetValue<decimal>()))];
}
