using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Documents.Contracts;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Fx;

public sealed class ReferenceRatesApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task A_Manager_sets_a_rate_everyone_reads_it_and_the_audit_log_records_the_change()
    {
        var diego = await server.ClientFor("diego");

        var set = await diego.PutAsJsonAsync("/api/v1/fx/rates/chf", new { usdPerUnit = 1.1325m });

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var listed = (await (await server.ClientFor("ana")).GetJson("/api/v1/fx/rates")).AsArray();
        Assert.Equal(1.1325m, (decimal)listed.Single(r => (string?)r!["currency"] == "CHF")!["usdPerUnit"]!);
        Assert.Equal(1m, (decimal)listed.Single(r => (string?)r!["currency"] == "USD")!["usdPerUnit"]!);
        Assert.Equal(1, await server.Scalar("SELECT COUNT(*) FROM AuditLog WHERE Kind = 'setting-change' AND Subject = 'fx-rate:CHF' AND Detail LIKE '%1.1325%'"));
    }

    [Theory]
    [InlineData("EUR", "0")]
    [InlineData("EUR", "-1.2")]
    [InlineData("EUR", "10000000")]
    [InlineData("EUR", "1.00000000001")]
    [InlineData("EUR", "null")]
    [InlineData("XYZ", "1.2")]
    [InlineData("USD", "1.2")]
    public async Task A_rate_out_of_bounds_or_for_a_currency_not_kept_is_refused_and_nothing_changes(string currency, string rate)
    {
        var diego = await server.ClientFor("diego");
        var before = await server.Scalar("SELECT COUNT(*) FROM AuditLog WHERE Kind = 'setting-change'");
        var eur = (await diego.GetJson("/api/v1/fx/rates")).AsArray().Single(r => (string?)r!["currency"] == "EUR")!["usdPerUnit"]!.ToJsonString();

        var refused = await diego.PutAsync($"/api/v1/fx/rates/{currency}", new StringContent($"{{\"usdPerUnit\":{rate}}}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await server.Scalar("SELECT COUNT(*) FROM AuditLog WHERE Kind = 'setting-change'"));
        Assert.Equal(eur, (await diego.GetJson("/api/v1/fx/rates")).AsArray().Single(r => (string?)r!["currency"] == "EUR")!["usdPerUnit"]!.ToJsonString());
    }

    [Fact]
    public async Task Only_Managers_and_Admins_set_rates()
    {
        foreach (var user in new[] { "ana", "carla" })
        {
            var response = await (await server.ClientFor(user)).PutAsJsonAsync("/api/v1/fx/rates/EUR", new { usdPerUnit = 2m });
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_EUR_operation_over_the_threshold_in_USD_cannot_settle_unsigned_and_its_contract_can_be_printed()
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("operation", new { client = "Peña Hermanos", amount = 200_000m, currency = "EUR" });
        var v = item.Version();
        foreach (var (trigger, fields) in new (string, object?)[]
        {
            ("Identify", null), ("ReceiveProof", null), ("ApprovePayment", null), ("Close", new { rate = 6.1, @operator = "Mesa" }),
            ("SendToBroker", new { brokerReference = "SCP-77" }),
        })
        {
            v = (await ana.FireOk(item.Id(), trigger, v, fields)).Version();
        }

        var settle = await ana.Fire(item.Id(), "Settle", v, new { swiftReference = ContractSteps.SwiftReference });

        Assert.Equal(HttpStatusCode.Conflict, settle.StatusCode);
        Assert.Contains("ContractNotSigned", await settle.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("AtBroker", (string?)(await ana.GetJson($"/api/v1/items/{item.Id()}"))["state"]);
        Assert.Equal(HttpStatusCode.OK, (await ana.GetAsync($"/api/v1/items/{item.Id()}/contract.pdf")).StatusCode);
        var closed = await ana.GetJson($"/api/v1/items/{item.Id()}");
        Assert.Equal(1.08m, (decimal)closed["fields"]!["usdRate"]!);
    }

    [Fact]
    public async Task Signing_twice_is_refused_with_the_reason_and_writes_one_history_row()
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("operation", new { client = "Twice", amount = 150_000m, currency = "USD" });
        var v = item.Version();
        foreach (var (trigger, fields) in new (string, object?)[]
        {
            ("Identify", null), ("ReceiveProof", null), ("ApprovePayment", null), ("Close", new { rate = 5.4, @operator = "Mesa" }),
        })
        {
            v = (await ana.FireOk(item.Id(), trigger, v, fields)).Version();
        }
        var (sha, attached) = await ana.AttachSignedCopy(item.Id());
        v = (await ana.FireOk(item.Id(), "SignContract", attached, new { signedCopy = sha })).Version();

        var again = await ana.Fire(item.Id(), "SignContract", v, new { signedCopy = sha });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("ContractAlreadySigned", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {item.Id()} AND \"Trigger\" = 'SignContract'"));
    }

    [Fact]
    public async Task Nobody_creates_an_operation_already_signed_or_with_a_rate_of_their_own()
    {
        var ana = await server.ClientFor("ana");
        var before = await server.Scalar("SELECT COUNT(*) FROM Items");

        var response = await ana.PostAsJsonAsync("/api/v1/items",
            new { type = "operation", title = "Pre-signed", fields = new { client = "Sly", amount = 500_000m, contractSigned = true, usdRate = 0.0001m } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Json())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("contractSigned") && errors.ContainsKey("usdRate"), errors.ToJsonString());
        Assert.Equal(before, await server.Scalar("SELECT COUNT(*) FROM Items"));
    }
}
