using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Documents.Contracts;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

/// <summary>The REST contract, the same on either database: see the two classes at the end.</summary>
public abstract class ItemsApiTests(OpsBoardServer server)
{
    [Fact]
    public async Task Health_answers_200_without_signing_in()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task The_API_refuses_a_caller_without_a_token()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/items")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_gets_no_token()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "ana", password = "wrong" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Creating_an_item_answers_201_with_its_location_and_initial_state()
    {
        var ana = await server.ClientFor("ana");
        var response = await ana.PostAsJsonAsync("/api/v1/items", new { type = "operation", title = "Remessa", fields = new { client = "Cabify", amount = 1200.50 } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var item = await response.Json();
        Assert.Equal($"/api/v1/items/{item.Id()}", response.Headers.Location?.ToString());
        Assert.Equal("Received", (string?)item["state"]);
        Assert.Equal(1, item.Version());
        Assert.Equal(1200.50m, item["fields"]!["amount"]!.GetValue<decimal>());
        Assert.Contains(item["permittedTriggers"]!.AsArray(), t => (string?)t!["trigger"] == "Identify");
        Assert.NotNull(item["slaDueAt"]);
    }

    [Fact]
    public async Task Creating_an_item_without_its_required_fields_is_refused_per_field_and_stores_nothing()
    {
        var ana = await server.ClientFor("ana");
        var before = await server.Scalar("SELECT COUNT(*) FROM \"Items\"");
        var response = await ana.PostAsJsonAsync("/api/v1/items", new { type = "operation", title = "", fields = new { amount = "lots" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Json())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("client"));
        Assert.True(errors.ContainsKey("amount"));
        Assert.True(errors.ContainsKey("title"));
        Assert.Equal(before, await server.Scalar("SELECT COUNT(*) FROM \"Items\""));
    }

    [Fact]
    public async Task An_unknown_type_or_malformed_body_is_a_problem_not_a_crash()
    {
        var ana = await server.ClientFor("ana");
        var unknown = await ana.PostAsJsonAsync("/api/v1/items", new { type = "spaceship", title = "x", fields = new { } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var malformed = await ana.PostAsync("/api/v1/items", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_transition_moves_the_item_and_writes_one_history_row()
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("claim", new { client = "Loja Ñandú", channel = "email" });
        var moved = await ana.FireOk(item.Id(), "StartInvestigation", 1);
        Assert.Equal("Investigating", (string?)moved["state"]);
        Assert.Equal(2, moved.Version());
        var history = (await ana.GetJson($"/api/v1/items/{item.Id()}/history")).AsArray();
        Assert.Equal(["Create", "StartInvestigation"], history.Select(h => (string?)h!["trigger"]));
        Assert.Equal("Registered", (string?)history[1]!["fromState"]);
        Assert.Equal("Investigating", (string?)history[1]!["toState"]);
        Assert.Equal("ana", (string?)history[1]!["actor"]);
    }

    [Fact]
    public async Task A_trigger_with_its_parameters_records_the_changed_fields_and_note()
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("claim", new { client = "Иван Петров" });
        await ana.FireOk(item.Id(), "StartInvestigation", 1);
        var response = await ana.Fire(item.Id(), "Resolve", 2, new { verdict = "accepted", rootCause = "Carrier damage", responsibleParty = "Carrier" }, "Photos confirm it");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var history = (await ana.GetJson($"/api/v1/items/{item.Id()}/history")).AsArray();
        var last = history[^1]!;
        Assert.Equal("Photos confirm it", (string?)last["note"]);
        Assert.Equal("Carrier damage", (string?)last["changes"]!["rootCause"]);
    }

    [Fact]
    public async Task Missing_trigger_parameters_are_400_per_field_and_change_nothing()
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("claim", new { client = "X" });
        await ana.FireOk(item.Id(), "StartInvestigation", 1);
        var response = await ana.Fire(item.Id(), "Resolve", 2, new { verdict = "accepted" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Json())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("rootCause"));
        Assert.True(errors.ContainsKey("responsibleParty"));
        await AssertUnchanged(item.Id(), version: 2, historyRows: 2, state: "Investigating");
    }

    [Fact]
    public async Task A_role_that_may_not_fire_the_trigger_gets_403_and_changes_nothing()
    {
        var admin = await server.ClientFor("admin");
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("story", new { client = "Y" });
        var response = await admin.Fire(item.Id(), "StartReview", 1);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await AssertUnchanged(item.Id(), version: 1, historyRows: 1, state: "Received");
    }

    [Fact]
    public async Task An_unknown_item_is_404()
    {
        var ana = await server.ClientFor("ana");
        Assert.Equal(HttpStatusCode.NotFound, (await ana.Fire(987654, "StartReview", 1)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ana.GetAsync("/api/v1/items/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ana.GetAsync("/api/v1/items/987654/history")).StatusCode);
    }

    [Fact]
    public async Task A_trigger_not_permitted_in_the_state_is_409_listing_the_permitted_ones()
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("operation", new { client = "Z", amount = 10 });
        var response = await ana.Fire(item.Id(), "Settle", 1);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var permitted = (await response.Json())["permittedTriggers"]!.AsArray().Select(t => (string?)t).ToList();
        Assert.Contains("Identify", permitted);
        Assert.Contains("Cancel", permitted);
        await AssertUnchanged(item.Id(), version: 1, historyRows: 1, state: "Received");
    }

    [Fact]
    public async Task A_stale_expected_version_is_409_and_changes_nothing()
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("story", new { client = "W" });
        await ana.FireOk(item.Id(), "StartReview", 1);
        var response = await ana.Fire(item.Id(), "Approve", 1);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(2, (await response.Json())["currentVersion"]!.GetValue<int>());
        await AssertUnchanged(item.Id(), version: 2, historyRows: 2, state: "InReview");
    }

    [Fact]
    public async Task A_guard_blocks_settling_a_large_unsigned_operation_with_its_reason()
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("operation", new { client = "Cabify", amount = 150000, currency = "USD" });
        var v = item.Version();
        foreach (var (trigger, fields) in new (string, object?)[]
        {
            ("Identify", null), ("ReceiveProof", null), ("ApprovePayment", null),
            ("Close", new { rate = 5.42, @operator = "Mesa" }), ("SendToBroker", new { brokerReference = "SCP-1" }),
        })
        {
            v = (await ana.FireOk(item.Id(), trigger, v, fields)).Version();
        }
        var view = await ana.GetJson($"/api/v1/items/{item.Id()}");
        var settle = view["permittedTriggers"]!.AsArray().Single(t => (string?)t!["trigger"] == "Settle")!;
        Assert.Contains("contract", (string?)settle["blockedBy"]![0], StringComparison.OrdinalIgnoreCase);
        var blocked = await ana.Fire(item.Id(), "Settle", v, new { swiftReference = ContractSteps.SwiftReference });
        Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        await AssertUnchanged(item.Id(), version: v, historyRows: 6, state: "AtBroker");
        v = await ana.Sign(item.Id());
        var settled = await ana.FireOk(item.Id(), "Settle", v, new { swiftReference = ContractSteps.SwiftReference });
        Assert.Equal("Settled", (string?)settled["state"]);
    }

    [Fact]
    public async Task A_field_the_trigger_does_not_take_is_refused_so_no_guard_can_be_slipped_past()
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("story", new { client = "Sneaky", thirdPartyWithoutLink = true });
        await ana.FireOk(item.Id(), "StartReview", 1);
        var response = await ana.Fire(item.Id(), "Approve", 2, new { thirdPartyWithoutLink = false });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json())["errors"]!.AsObject().ContainsKey("thirdPartyWithoutLink"));
        await AssertUnchanged(item.Id(), version: 2, historyRows: 2, state: "InReview");
        var blocked = await ana.Fire(item.Id(), "Approve", 2);
        Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        var carla = await server.ClientFor("carla");
        Assert.Equal("ReadyToSend", (string?)(await carla.FireOk(item.Id(), "Approve", 2))["state"]);
    }

    [Fact]
    public async Task Items_can_be_listed_by_type_state_and_text_with_the_total()
    {
        var ana = await server.ClientFor("ana");
        var marker = Guid.NewGuid().ToString("N")[..8];
        await ana.CreateItem("claim", new { client = "A" }, $"Claim {marker} one");
        await ana.CreateItem("claim", new { client = "B" }, $"Claim {marker} two");
        var page = await ana.GetJson($"/api/v1/items?type=claim&state=Registered&q={marker}&page=1&pageSize=1");
        Assert.Equal(2, page["total"]!.GetValue<int>());
        Assert.Single(page["items"]!.AsArray());
    }

    private async Task AssertUnchanged(long id, int version, int historyRows, string state)
    {
        Assert.Equal(version, await server.Scalar($"SELECT \"Version\" FROM \"Items\" WHERE \"Id\" = {id}"));
        Assert.Equal(historyRows, await server.Scalar($"SELECT COUNT(*) FROM \"ItemHistory\" WHERE \"ItemId\" = {id}"));
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM \"Items\" WHERE \"Id\" = {id} AND \"State\" = '{state}'"));
    }
}

public sealed class ItemsApiTestsOnSqlite(OpsBoardServer server) : ItemsApiTests(server), IClassFixture<OpsBoardServer>;

public sealed class ItemsApiTestsOnPostgreSql(PostgreSqlServer server) : ItemsApiTests(server), IClassFixture<PostgreSqlServer>;
