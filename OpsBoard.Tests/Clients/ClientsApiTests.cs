using System.Net;
using System.Net.Http.Json;
using System.Text;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Clients;

public sealed class ClientsApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task A_lead_registers_a_client_with_its_whole_record_and_changes_it()
    {
        var carla = await server.ClientFor("carla");
        var tag = ClientsKit.Tag();
        var created = await carla.RegisterClient(new
        {
            name = $"Acme {tag} Ltda", code = $"K-{tag}", taxId = "12.345.678/0001-95", segment = "company",
            contacts = new[] { new { kind = "phone", value = "+55 11 98765-4321" }, new { kind = "email", value = "ops@acme.example" } },
            approvedLimit = new { amount = 50000m, currency = "usd" },
        });
        Assert.Equal($"K-{tag}", created["code"]!.GetValue<string>());
        Assert.Equal("USD", created["approvedLimit"]!["currency"]!.GetValue<string>());

        var response = await carla.PutAsJsonAsync($"/api/v1/clients/{created.Id()}", new
        {
            name = $"Acme {tag} Ltda", taxId = "12.345.678/0001-95", segment = "vip", contacts = Array.Empty<object>(),
            approvedLimit = new { amount = 75000m, currency = "USD" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var changed = (await carla.GetJson($"/api/v1/clients/{created.Id()}"))["client"]!;
        Assert.Equal("vip", changed["segment"]!.GetValue<string>());
        Assert.Equal(75000m, changed["approvedLimit"]!["amount"]!.GetValue<decimal>());
        Assert.Empty(changed["contacts"]!.AsArray());
        Assert.Equal($"K-{tag}", changed["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"name":"","segment":"company"}""", "name")]
    [InlineData("""{"name":"Bad Tax","taxId":"12<b>34","segment":"company"}""", "taxId")]
    [InlineData("""{"name":"Bad Segment","segment":"gold"}""", "segment")]
    [InlineData("""{"name":"Bad Phone","segment":"individual","contacts":[{"kind":"phone","value":"call me"}]}""", "contacts[0]")]
    [InlineData("""{"name":"Bad Limit","segment":"individual","approvedLimit":{"amount":-5,"currency":"USD"}}""", "approvedLimit")]
    public async Task A_refused_client_is_answered_with_the_reason_and_changes_nothing(string body, string field)
    {
        var carla = await server.ClientFor("carla");
        var target = await carla.RegisterClient(new { name = $"Target {ClientsKit.Tag()}", segment = "individual" });
        var clients = await server.Scalar("SELECT COUNT(*) FROM Clients");
        var stamp = await server.Scalar($"SELECT UpdatedAt FROM Clients WHERE Id = {target.Id()}");

        var posted = await carla.PostAsync("/api/v1/clients", Json(body));
        var put = await carla.PutAsync($"/api/v1/clients/{target.Id()}", Json(body));

        foreach (var response in new[] { posted, put })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.NotNull((await response.Json())["errors"]![field]);
        }
        Assert.Equal(clients, await server.Scalar("SELECT COUNT(*) FROM Clients"));
        Assert.Equal(stamp, await server.Scalar($"SELECT UpdatedAt FROM Clients WHERE Id = {target.Id()}"));
    }

    [Fact]
    public async Task A_second_client_under_the_same_name_in_another_spelling_is_refused_with_the_first_ones_id()
    {
        var carla = await server.ClientFor("carla");
        var tag = ClientsKit.Tag();
        var first = await carla.RegisterClient(new { name = $"Gráfica {tag} S.A.", segment = "company" });
        var clients = await server.Scalar("SELECT COUNT(*) FROM Clients");

        var response = await carla.PostAsJsonAsync("/api/v1/clients", new { name = $"GRAFICA {tag}", segment = "company" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(first.Id(), (await response.Json())["clientId"]!.GetValue<long>());
        Assert.Equal(clients, await server.Scalar("SELECT COUNT(*) FROM Clients"));
    }

    [Fact]
    public async Task An_agent_reads_clients_but_may_not_register_or_change_them()
    {
        var carla = await server.ClientFor("carla");
        var ana = await server.ClientFor("ana");
        var client = await carla.RegisterClient(new { name = $"Agent Proof {ClientsKit.Tag()}", segment = "individual" });

        var posted = await ana.PostAsJsonAsync("/api/v1/clients", new { name = $"By Agent {ClientsKit.Tag()}", segment = "individual" });
        var put = await ana.PutAsJsonAsync($"/api/v1/clients/{client.Id()}", new { name = "Renamed", segment = "vip" });

        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(client["name"]!.GetValue<string>(), (await ana.GetJson($"/api/v1/clients/{client.Id()}"))["client"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Clients_are_found_by_any_spelling_of_their_name_by_code_and_by_tax_id_and_filtered_by_segment()
    {
        var carla = await server.ClientFor("carla");
        var tag = ClientsKit.Tag();
        var client = await carla.RegisterClient(new { name = $"Padaria Pão {tag} Ltda", taxId = $"TX-{tag}", segment = "private" });
        var id = client.Id();
        var code = client["code"]!.GetValue<string>();

        foreach (var q in new[] { $"padaria pao {tag}", code, $"TX-{tag}", tag })
        {
            var found = (await carla.GetJson($"/api/v1/clients?q={Uri.EscapeDataString(q)}"))["items"]!.AsArray();
            Assert.Contains(found, c => c!.Id() == id);
        }
        Assert.Single((await carla.GetJson($"/api/v1/clients?q={tag}&segment=private"))["items"]!.AsArray());
        Assert.Empty((await carla.GetJson($"/api/v1/clients?q={tag}&segment=vip"))["items"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_client_is_a_problem_404()
    {
        var ana = await server.ClientFor("ana");
        foreach (var url in new[] { "/api/v1/clients/99999999", "/api/v1/clients/99999999/items" })
        {
            var response = await ana.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
