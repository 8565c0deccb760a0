using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Collections;

public sealed class DepositsApiTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    private static async Task<JsonNode> Register(HttpClient client, decimal amount, string reference, DateTimeOffset? receivedAt = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/collections/deposits", new { amount, reference, channel = "PayU", receivedAt });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Json();
    }

    private static Task<HttpResponseMessage> Match(HttpClient client, long deposit, long? itemId) =>
        client.PostAsJsonAsync($"/api/v1/collections/deposits/{deposit}/match", new { itemId });

    private static async Task<long> PromisedCase(HttpClient bruno, string client, decimal amount)
    {
        var id = (await bruno.NewCase(client)).Id();
        var version = (await bruno.LogCallOk(id, "promise"))["itemVersion"]!.GetValue<int>();
        await bruno.FireOk(id, "PromiseToPay", version, new { promiseDate = "2026-11-19", promiseAmount = amount });
        return id;
    }

    [Fact]
    public async Task Matching_a_deposit_pays_the_promised_case_and_marks_the_deposit_together()
    {
        var bruno = await server.ClientFor("bruno");
        var caseId = await PromisedCase(bruno, "AP Wireless", 2300m);
        var deposit = (await Register(bruno, 2300m, "TED 0042 AP WIRELESS")).Id();
        var recoveredBefore = (await bruno.GetJson("/api/v1/collections/desk"))["recoveredToday"]!.GetValue<decimal>();

        var response = await Match(bruno, deposit, caseId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var matched = await response.Json();
        Assert.Equal(caseId, matched["matchedItemId"]!.GetValue<long>());
        Assert.Equal("bruno", (string?)matched["matchedBy"]);
        var item = await bruno.Item(caseId);
        Assert.Equal("Paid", (string?)item["state"]);
        Assert.Equal(2300m, item["fields"]!["recoveredAmount"]!.GetValue<decimal>());
        var last = (await bruno.GetJson($"/api/v1/items/{caseId}/history")).AsArray().Last()!;
        Assert.Equal("PaymentReceived", (string?)last["trigger"]);
        Assert.Contains("TED 0042", (string?)last["note"], StringComparison.Ordinal);
        Assert.Equal(recoveredBefore + 2300m, (await bruno.GetJson("/api/v1/collections/desk"))["recoveredToday"]!.GetValue<decimal>());
        Assert.DoesNotContain((await bruno.GetJson("/api/v1/collections/deposits")).AsArray(), d => d!["id"]!.GetValue<long>() == deposit);
    }

    [Fact]
    public async Task A_deposit_matched_to_a_case_that_cannot_take_a_payment_stays_unmatched_and_the_case_unchanged()
    {
        var bruno = await server.ClientFor("bruno");
        var contacting = (await bruno.NewCase("Иван Петров")).Id();
        var version = (await bruno.LogCallOk(contacting, "noAnswer"))["itemVersion"]!.GetValue<int>();
        var deposit = (await Register(bruno, 150m, "PIX IVAN P")).Id();

        var response = await Match(bruno, deposit, contacting);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM UnidentifiedDeposits WHERE Id = {deposit} AND MatchedItemId IS NULL AND Version = 1"));
        var item = await bruno.Item(contacting);
        Assert.Equal("Contacting", (string?)item["state"]);
        Assert.Equal(version, item.Version());
    }

    [Fact]
    public async Task A_deposit_is_matched_once_even_when_two_people_match_it_at_the_same_time()
    {
        var bruno = await server.ClientFor("bruno");
        var first = await PromisedCase(bruno, "Easy Carros", 500m);
        var second = await PromisedCase(bruno, "Cabify Brasil", 500m);
        var deposit = (await Register(bruno, 500m, "BOLETO 77812")).Id();
        var carla = await server.ClientFor("carla");

        var responses = await Task.WhenAll(Match(bruno, deposit, first), Match(carla, deposit, second));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId IN ({first}, {second}) AND Trigger = 'PaymentReceived'"));
        var states = new[] { (string?)(await bruno.Item(first))["state"], (string?)(await bruno.Item(second))["state"] };
        Assert.Equal(["Paid", "Promised"], states.Order());
        var again = await Match(bruno, deposit, states[0] == "Paid" ? second : first);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already matched", (string?)(await again.Json())["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_matches_are_refused_with_the_reason()
    {
        var bruno = await server.ClientFor("bruno");
        var deposit = (await Register(bruno, 80m, "DEP SEM REF")).Id();
        var claim = await bruno.CreateItem("claim", new { client = "Not a debtor" });

        Assert.Equal(HttpStatusCode.BadRequest, (await Match(bruno, deposit, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Match(bruno, deposit, claim.Id())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Match(bruno, deposit, 987654)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Match(bruno, 987654, claim.Id())).StatusCode);
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM UnidentifiedDeposits WHERE Id = {deposit} AND MatchedItemId IS NULL"));
    }

    [Fact]
    public async Task A_deposit_needs_an_amount_and_a_reference_and_cannot_arrive_from_the_future()
    {
        var bruno = await server.ClientFor("bruno");
        var before = await server.Scalar("SELECT COUNT(*) FROM UnidentifiedDeposits");

        var empty = await bruno.PostAsJsonAsync("/api/v1/collections/deposits", new { amount = 0, reference = " " });
        var future = await bruno.PostAsJsonAsync("/api/v1/collections/deposits",
            new { amount = 10, reference = "X", receivedAt = server.Clock.GetUtcNow().AddDays(1) });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var errors = (await empty.Json())["errors"]!;
        Assert.NotNull(errors["amount"]);
        Assert.NotNull(errors["reference"]);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(before, await server.Scalar("SELECT COUNT(*) FROM UnidentifiedDeposits"));
    }

    [Fact]
    public async Task A_deposit_left_unmatched_for_more_than_a_business_day_counts_as_breached()
    {
        var bruno = await server.ClientFor("bruno");
        var now = server.Clock.GetUtcNow();
        var fresh = (await Register(bruno, 60m, "PIX 1")).Id();
        var old = (await Register(bruno, 90m, "PIX 2", now.AddDays(-3))).Id();

        var open = (await bruno.GetJson("/api/v1/collections/deposits")).AsArray();

        Assert.False(open.Single(d => d!["id"]!.GetValue<long>() == fresh)!["breached"]!.GetValue<bool>());
        Assert.True(open.Single(d => d!["id"]!.GetValue<long>() == old)!["breached"]!.GetValue<bool>());
        var dueAt = open.Single(d => d!["id"]!.GetValue<long>() == fresh)!["dueAt"]!.GetValue<DateTimeOffset>();
        Assert.True(dueAt > now && dueAt <= now.AddDays(3), $"due {dueAt:O}");
    }
}
