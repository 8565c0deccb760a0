using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

/// <summary>The REST contract, the same on either database: see the two classes at the end.</summary>
public abstract class AssignmentApiTests(OpsBoardServer server)
{
    private static Task<HttpResponseMessage> Assign(HttpClient client, long id, string? assignee, int? expectedVersion, string? note = null) =>
        client.PostAsJsonAsync($"/api/v1/items/{id}/assignment", new { assignee, expectedVersion, note });

    private async Task<JsonObject> NewClaim(string client) => await (await server.ClientFor("ana")).CreateItem("claim", new { client });

    [Fact]
    public async Task A_lead_gives_an_item_to_an_agent_and_its_history_says_who_did()
    {
        var carla = await server.ClientFor("carla");
        var claim = await NewClaim("Loja Aurora");

        var response = await Assign(carla, claim.Id(), "bruno", claim.Version());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = await response.Json();
        Assert.Equal(("bruno", claim.Version() + 1, "Registered"), ((string?)item["assignee"], item.Version(), (string?)item["state"]));
        var last = (await carla.GetJson($"/api/v1/items/{claim.Id()}/history")).AsArray().Last()!;
        Assert.Equal(("Assign", "carla", "Assigned to bruno."), ((string?)last["trigger"], (string?)last["actor"], (string?)last["note"]));
        var bruno = await carla.GetJson($"/api/v1/items?assignee=bruno&pageSize=200");
        Assert.Contains(bruno["items"]!.AsArray(), i => i!["id"]!.GetValue<long>() == claim.Id());
    }

    [Fact]
    public async Task A_lead_hands_an_item_back_to_its_queue()
    {
        var carla = await server.ClientFor("carla");
        var claim = await NewClaim("Padaria Sol");
        var assigned = await (await Assign(carla, claim.Id(), "ana", claim.Version())).Json();

        var response = await Assign(carla, claim.Id(), null, assigned.Version(), "Ana is on leave");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null((string?)(await response.Json())["assignee"]);
        var last = (await carla.GetJson($"/api/v1/items/{claim.Id()}/history")).AsArray().Last()!;
        Assert.Equal("Ana is on leave", (string?)last["note"]);
    }

    [Fact]
    public async Task An_agent_may_not_assign_work_and_nothing_changes()
    {
        var bruno = await server.ClientFor("bruno");
        var claim = await NewClaim("Mercado Leste");

        var response = await Assign(bruno, claim.Id(), "bruno", claim.Version());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(claim.Version(), (await bruno.GetJson($"/api/v1/items/{claim.Id()}")).Version());
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM \"ItemHistory\" WHERE \"ItemId\" = {claim.Id()}"));
    }

    [Fact]
    public async Task Bad_assignments_get_the_reason_and_change_nothing()
    {
        var carla = await server.ClientFor("carla");
        var claim = await NewClaim("Oficina Norte");
        var v = claim.Version();

        var unknownUser = await Assign(carla, claim.Id(), "nobody", v);
        var noVersion = await Assign(carla, claim.Id(), "bruno", null);
        var stale = await Assign(carla, claim.Id(), "bruno", v + 5);
        var noSuchItem = await Assign(carla, 987654, "bruno", 1);
        var alreadyFree = await Assign(carla, claim.Id(), null, v);

        Assert.Equal(HttpStatusCode.BadRequest, unknownUser.StatusCode);
        Assert.Contains("nobody", (string?)(await unknownUser.Json())["errors"]!["assignee"]![0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noSuchItem.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, alreadyFree.StatusCode);
        Assert.Contains("already unassigned", (string?)(await alreadyFree.Json())["detail"], StringComparison.Ordinal);
        Assert.Equal(v, (await carla.GetJson($"/api/v1/items/{claim.Id()}")).Version());
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM \"ItemHistory\" WHERE \"ItemId\" = {claim.Id()}"));
    }

    [Fact]
    public async Task A_finished_item_is_not_assigned()
    {
        var ana = await server.ClientFor("ana");
        var carla = await server.ClientFor("carla");
        var claim = await NewClaim("Loja Fechada");
        var item = await ana.FireOk(claim.Id(), "StartInvestigation", claim.Version());
        item = await ana.FireOk(claim.Id(), "Resolve", item.Version(), new { verdict = "rejected", rootCause = "No fault", responsibleParty = "None" });
        item = await ana.FireOk(claim.Id(), "Close", item.Version());

        var response = await Assign(carla, claim.Id(), "bruno", item.Version());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("finished", (string?)(await response.Json())["detail"], StringComparison.Ordinal);
    }
}

public sealed class AssignmentApiTestsOnSqlite(OpsBoardServer server) : AssignmentApiTests(server), IClassFixture<OpsBoardServer>;

public sealed class AssignmentApiTestsOnPostgreSql(PostgreSqlServer server) : AssignmentApiTests(server), IClassFixture<PostgreSqlServer>;
