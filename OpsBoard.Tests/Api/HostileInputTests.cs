using System.Net;
using System.Net.Http.Json;
using System.Text;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

/// <summary>The crashes a hostile or careless client found, each now a clear refusal that stores nothing.</summary>
/// <summary>The REST contract, the same on either database: see the two classes at the end.</summary>
public abstract class HostileInputTests(OpsBoardServer server)
{
    [Theory]
    [InlineData("application/json; charset=bogus")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=\"")]
    public async Task Json_in_a_charset_other_than_utf8_is_refused_as_415_and_nothing_is_stored(string contentType)
    {
        var ana = await server.ClientFor("ana");
        var before = await server.Scalar("SELECT COUNT(*) FROM \"Items\"");
        using var body = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"type":"claim","title":"Charset","fields":{"client":"X"}}"""));
        body.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await ana.PostAsync("/api/v1/items", body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrWhiteSpace((string?)(await response.Json())["detail"]));
        Assert.Equal(before, await server.Scalar("SELECT COUNT(*) FROM \"Items\""));
    }

    [Fact]
    public async Task Json_declared_as_utf8_is_taken()
    {
        var ana = await server.ClientFor("ana");
        using var body = new StringContent("""{"type":"claim","title":"Utf8","fields":{"client":"X"}}""", Encoding.UTF8, "application/json");

        Assert.Equal(HttpStatusCode.Created, (await ana.PostAsync("/api/v1/items", body)).StatusCode);
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("9223372036854775808")]
    [InlineData("18446744073709551616")]
    [InlineData("1000000000000.01")]
    [InlineData("0")]
    public async Task An_operation_amount_outside_its_bounds_is_refused_and_nothing_is_stored(string amount)
    {
        var ana = await server.ClientFor("ana");
        var before = await server.Scalar("SELECT COUNT(*) FROM \"Items\"");
        using var body = new StringContent($$$"""{"type":"operation","title":"Huge","fields":{"client":"X","amount":{{{amount}}}}}""", Encoding.UTF8, "application/json");

        var response = await ana.PostAsync("/api/v1/items", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("between", (string?)(await response.Json())["errors"]!["amount"]![0], StringComparison.Ordinal);
        Assert.Equal(before, await server.Scalar("SELECT COUNT(*) FROM \"Items\""));
    }

    [Fact]
    public async Task A_megabyte_of_text_in_a_field_a_note_or_a_title_is_refused_and_nothing_is_stored()
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("operation", new { client = "Cabify", amount = 100 });
        var huge = new string('x', 1_000_000);
        var items = await server.Scalar("SELECT COUNT(*) FROM \"Items\"");
        var history = await server.Scalar("SELECT COUNT(*) FROM \"ItemHistory\"");

        var title = await ana.PostAsJsonAsync("/api/v1/items", new { type = "claim", title = huge, fields = new { client = "X" } });
        var client = await ana.PostAsJsonAsync("/api/v1/items", new { type = "claim", title = "T", fields = new { client = huge } });
        var reason = await ana.Fire(item.Id(), "Cancel", item.Version(), new { reason = huge });
        var note = await ana.Fire(item.Id(), "Identify", item.Version(), note: huge);

        foreach (var (response, field) in new[] { (title, "title"), (client, "client"), (reason, "reason"), (note, "note") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.NotNull((await response.Json())["errors"]![field]);
        }
        Assert.Equal(items, await server.Scalar("SELECT COUNT(*) FROM \"Items\""));
        Assert.Equal(history, await server.Scalar("SELECT COUNT(*) FROM \"ItemHistory\""));
    }

    [Fact]
    public async Task The_workflow_description_gives_each_field_its_bounds()
    {
        var ana = await server.ClientFor("ana");
        var operation = (await ana.GetJson("/api/v1/workflows")).AsArray().Single(w => (string?)w!["type"] == "operation")!;
        var fields = operation["fields"]!.AsArray();

        var amount = fields.Single(f => (string?)f!["name"] == "amount")!;
        var client = fields.Single(f => (string?)f!["name"] == "client")!;
        var reason = fields.Single(f => (string?)f!["name"] == "reason")!;
        Assert.Equal(0.01m, amount["min"]!.GetValue<decimal>());
        Assert.Equal(1_000_000_000_000m, amount["max"]!.GetValue<decimal>());
        Assert.Equal(200, client["maxLength"]!.GetValue<int>());
        Assert.Equal(4000, reason["maxLength"]!.GetValue<int>());
        Assert.Null(client["max"]);
        var collection = (await ana.GetJson("/api/v1/workflows")).AsArray().Single(w => (string?)w!["type"] == "collection")!;
        var installments = collection["fields"]!.AsArray().Single(f => (string?)f!["name"] == "installments")!;
        Assert.Equal((1m, 600m, true), (installments["min"]!.GetValue<decimal>(), installments["max"]!.GetValue<decimal>(), installments["whole"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("1000000000001")]
    [InlineData("\"9223372036854775808\"")]
    public async Task A_deposit_beyond_a_trillion_is_refused_and_nothing_is_stored(string amount)
    {
        var bruno = await server.ClientFor("bruno");
        var before = await server.Scalar("SELECT COUNT(*) FROM \"UnidentifiedDeposits\"");
        using var body = new StringContent($$$"""{"amount":{{{amount}}},"reference":"PIX huge"}""", Encoding.UTF8, "application/json");

        var response = await bruno.PostAsync("/api/v1/collections/deposits", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Json())["errors"]!["amount"]);
        Assert.Equal(before, await server.Scalar("SELECT COUNT(*) FROM \"UnidentifiedDeposits\""));
    }

    [Theory]
    [InlineData("%20{0}")]
    [InlineData("+{0}")]
    [InlineData("0{0}")]
    [InlineData("{0}%20")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("9223372036854775808")]
    [InlineData("99999999999999999999999")]
    public async Task An_item_id_in_a_route_is_taken_only_as_plain_digits(string spelling)
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("story", new { client = "Ids" });
        var id = string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling, item.Id());
        var history = await server.Scalar("SELECT COUNT(*) FROM \"ItemHistory\"");

        var read = await ana.GetAsync($"/api/v1/items/{id}");
        var fire = await ana.PostAsJsonAsync($"/api/v1/items/{id}/transitions", new { trigger = "StartReview", expectedVersion = 1 });

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, fire.StatusCode);
        Assert.Equal("application/problem+json", fire.Content.Headers.ContentType?.MediaType);
        Assert.Equal(history, await server.Scalar("SELECT COUNT(*) FROM \"ItemHistory\""));
    }

    [Fact]
    public async Task An_item_id_written_plainly_still_finds_the_item()
    {
        var ana = await server.ClientFor("ana");
        var item = await ana.CreateItem("story", new { client = "Plain" });

        Assert.Equal(HttpStatusCode.OK, (await ana.GetAsync($"/api/v1/items/{item.Id()}")).StatusCode);
    }
}

public sealed class HostileInputTestsOnSqlite(OpsBoardServer server) : HostileInputTests(server), IClassFixture<OpsBoardServer>;

public sealed class HostileInputTestsOnPostgreSql(PostgreSqlServer server) : HostileInputTests(server), IClassFixture<PostgreSqlServer>;
