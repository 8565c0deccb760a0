using System.Net;
using OpsBoard.Tests.Clients;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Collections.Bureau;

public sealed class BureauApiTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    [Fact]
    public async Task The_bureau_file_lists_the_periods_applied_payments_in_its_layout_and_each_export_is_audited()
    {
        var carla = await server.ClientFor("carla");
        var client = await carla.RegisterClient(new { name = "Silva, Souza & Cia", taxId = "11.222.333/0001-81", segment = "company" });
        var bruno = await server.ClientFor("bruno");
        var id = (await bruno.NewCase("Silva, Souza & Cia")).Id();
        var version = (await bruno.LogCallOk(id, "promise"))["itemVersion"]!.GetValue<int>();
        var promised = await bruno.FireOk(id, "PromiseToPay", version, new { promiseDate = "2026-11-19", promiseAmount = 1234.5m });
        await bruno.FireOk(id, "PaymentReceived", promised.Version(), new { paymentAmount = 1234.5m });
        var diego = await server.ClientFor("diego");

        var response = await diego.GetAsync("/api/v1/collections/bureau?from=2026-11-01&to=2026-11-30");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("credit-bureau-2026-11-01-2026-11-30.csv", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("client_tax_id,client_name,case_id,amount,payment_date", lines[0]);
        Assert.Contains($"11.222.333/0001-81,\"Silva, Souza & Cia\",{id},1234.50,2026-11-18", lines);
        Assert.Equal(client.Id(), (await bruno.Item(id))["clientId"]!.GetValue<long>());
        Assert.Equal(1, await server.Scalar(
            "SELECT COUNT(*) FROM AuditLog WHERE Kind = 'file-download' AND Actor = 'diego' AND Subject = 'credit-bureau:2026-11-01..2026-11-30'"));
    }

    [Fact]
    public async Task A_period_outside_the_payments_gives_only_the_header()
    {
        var diego = await server.ClientFor("diego");

        var body = await (await diego.GetAsync("/api/v1/collections/bureau?from=2026-10-01&to=2026-10-31")).Content.ReadAsStringAsync();

        Assert.Equal("client_tax_id,client_name,case_id,amount,payment_date\r\n", body);
    }

    [Theory]
    [InlineData("bruno")]
    [InlineData("carla")]
    public async Task Only_a_manager_takes_the_bureau_file_and_a_refusal_is_not_audited(string user)
    {
        var client = await server.ClientFor(user);
        var before = await server.Scalar("SELECT COUNT(*) FROM AuditLog WHERE Subject LIKE 'credit-bureau:%'");

        var response = await client.GetAsync("/api/v1/collections/bureau?from=2026-11-01&to=2026-11-30");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await server.Scalar("SELECT COUNT(*) FROM AuditLog WHERE Subject LIKE 'credit-bureau:%'"));
    }

    [Theory]
    [InlineData("to=2026-11-30", "from")]
    [InlineData("from=2026-11-30&to=2026-11-01", "to")]
    [InlineData("from=2025-01-01&to=2026-11-30", "to")]
    public async Task A_period_that_cannot_be_used_is_refused_with_the_field_named(string query, string field)
    {
        var diego = await server.ClientFor("diego");

        var response = await diego.GetAsync($"/api/v1/collections/bureau?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(field, (await response.Json())["errors"]!.AsObject().Select(e => e.Key));
    }
}
