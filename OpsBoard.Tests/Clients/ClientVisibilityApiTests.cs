using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Clients;

/// <summary>A client's page lists and counts only what the reader may see of its work, by the one rule of who sees which item.</summary>
public sealed class ClientVisibilityApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task An_agent_neither_sees_nor_counts_another_agents_collection_case_or_a_dossier_outside_their_areas()
    {
        var carla = await server.ClientFor("carla");
        var name = $"Visível {ClientsKit.Tag()}";
        var claim = await carla.CreateItem("claim", new { client = name });
        var clientId = claim.ClientId();
        var owed = await carla.CreateItem("collection", new { client = name, amountDue = 900m });
        var assigned = await carla.PostAsJsonAsync($"/api/v1/items/{owed.Id()}/assignment", new { assignee = "bruno", expectedVersion = owed.Version() });
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
        var dossier = await carla.CreateItem("onboarding", new { client = name });

        var lead = await Totals(carla, clientId);
        var owner = await Totals(await server.ClientFor("bruno"), clientId);
        var other = await Totals(await server.ClientFor("ana"), clientId);
        var area = await Totals(await server.ClientFor("clara"), clientId);

        Assert.Equal(3, lead["allItems"]!.GetValue<int>());
        Assert.Equal(900m, lead["inCollections"]![0]!["amount"]!.GetValue<decimal>());
        Assert.Equal(dossier.Id(), lead["dossier"]!["itemId"]!.GetValue<long>());

        Assert.Equal(1, other["allItems"]!.GetValue<int>());
        Assert.Empty(other["inCollections"]!.AsArray());
        Assert.Null(other["dossier"]);
        Assert.Equal(new[] { claim.Id() }, await (await server.ClientFor("ana")).ItemIdsOf(clientId));

        Assert.Equal(900m, owner["inCollections"]![0]!["amount"]!.GetValue<decimal>());
        Assert.Null(owner["dossier"]);
        Assert.Equal(dossier.Id(), area["dossier"]!["itemId"]!.GetValue<long>());
        Assert.Empty(area["inCollections"]!.AsArray());
    }

    private static async Task<JsonNode> Totals(HttpClient reader, long clientId) => (await reader.GetJson($"/api/v1/clients/{clientId}"))["totals"]!;
}
