using System.Net;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Fx.Exposure;

/// <summary>On a server of its own: the figures are the whole desk's, so no other test may add to them.</summary>
public sealed class ExposureApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    private static JsonNode Line(JsonNode view, string currency, string? direction) =>
        view["lines"]!.AsArray().Single(l => (string?)l!["currency"] == currency && (string?)l["direction"] == direction)!;

    private static (decimal Amount, decimal? Usd) Stage(JsonNode line, string stage) =>
        ((decimal)line[stage]!["amount"]!, (decimal?)line[stage]!["usd"]);

    [Fact]
    public async Task Exposure_sums_each_currency_and_direction_per_stage_in_the_currency_and_in_USD()
    {
        var ana = await server.ClientFor("ana");
        async Task Operation(decimal amount, string currency, string? direction, string state)
        {
            var item = await ana.CreateItem("operation", direction is null ? new { client = "Exposed", amount, currency } : new { client = "Exposed", amount, currency, direction });
            await ana.MoveTo(item, state);
        }
        await Operation(1_000m, "EUR", "inbound", "Received");
        await Operation(500m, "EUR", "inbound", "ReadyToClose");
        await Operation(2_000m, "EUR", "inbound", "Closed");
        await Operation(3_000m, "EUR", "outbound", "AtBroker");
        await Operation(400m, "GBP", "outbound", "Settled");
        await Operation(700m, "USD", null, "PaymentReview");
        var cancelled = await ana.CreateItem("operation", new { client = "Exposed", amount = 9_999m, currency = "USD" });
        await ana.FireOk(cancelled.Id(), "Cancel", cancelled.Version(), new { reason = "Never paid" });

        var view = await ana.GetJson("/api/v1/fx/exposure");

        Assert.Equal(4, view["lines"]!.AsArray().Count);
        var eurIn = Line(view, "EUR", "inbound");
        Assert.Equal((1_500m, 1_620m), Stage(eurIn, "received"));
        Assert.Equal((2_000m, 2_160m), Stage(eurIn, "closedNotSettled"));
        Assert.Equal((0m, 0m), Stage(eurIn, "settledToday"));
        Assert.Equal((3_000m, 3_240m), Stage(Line(view, "EUR", "outbound"), "closedNotSettled"));
        Assert.Equal((400m, 508m), Stage(Line(view, "GBP", "outbound"), "settledToday"));
        Assert.Equal((700m, 700m), Stage(Line(view, "USD", null), "received"));
        Assert.Equal(2_320m, (decimal)view["totalsUsd"]!["receivedUsd"]!);
        Assert.Equal(5_400m, (decimal)view["totalsUsd"]!["closedNotSettledUsd"]!);
        Assert.Equal(508m, (decimal)view["totalsUsd"]!["settledTodayUsd"]!);
        Assert.Empty(view["currenciesWithoutRate"]!.AsArray());
    }

    [Fact]
    public async Task Exposure_needs_a_signed_in_user()
    {
        using var anonymous = new HttpClient { BaseAddress = server.BaseAddress };

        var response = await anonymous.GetAsync("/api/v1/fx/exposure");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
