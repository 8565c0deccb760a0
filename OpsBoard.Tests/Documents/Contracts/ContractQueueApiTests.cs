using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Clients;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents.Contracts;

public sealed class ContractQueueApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task Large_operations_closed_or_at_the_broker_wait_in_the_queue_until_signed_and_small_ones_never_do()
    {
        var ana = await server.ClientFor("ana");
        var (waiting, _) = await ContractRulesApiTests.AtBroker(ana, 150_000m, "USD");
        var (signed, _) = await ContractRulesApiTests.AtBroker(ana, 300_000m, "EUR");
        var (small, _) = await ContractRulesApiTests.AtBroker(ana, 5_000m, "USD");
        await ana.Sign(signed);

        var queue = await Pending(ana);

        var row = Assert.Single(queue, r => (long)r["itemId"]! == waiting);
        Assert.DoesNotContain(queue, r => (long)r["itemId"]! == signed || (long)r["itemId"]! == small);
        Assert.Equal("AtBroker", (string?)row["state"]);
        Assert.Equal(150_000m, (decimal)row["usdAmount"]!);
        Assert.Matches("^FX-[0-9]{6}$", (string?)row["contractNumber"]);
        Assert.Equal($"/api/v1/items/{waiting}/contract.pdf", (string?)row["contract"]);
        Assert.Equal($"/items/{waiting}", (string?)row["item"]);
    }

    [Fact]
    public async Task Contract_numbers_are_issued_once_at_closing_unique_and_stable_across_downloads()
    {
        var ana = await server.ClientFor("ana");
        var first = (await ContractRulesApiTests.AtBroker(ana, 120_000m, "USD")).Id;
        var second = (await ContractRulesApiTests.AtBroker(ana, 130_000m, "USD")).Id;
        var small = (await ContractRulesApiTests.AtBroker(ana, 1_000m, "USD")).Id;

        var a = await server.Scalar($"SELECT Number FROM ContractNumbers WHERE ItemId = {first}");
        var b = await server.Scalar($"SELECT Number FROM ContractNumbers WHERE ItemId = {second}");
        var once = await PdfTools.Text(await Contract(ana, first));
        var twice = await PdfTools.Text(await Contract(ana, first));

        Assert.True(b > a);
        Assert.Equal(0, await server.Scalar($"SELECT COUNT(*) FROM ContractNumbers WHERE ItemId = {small}"));
        Assert.Equal(await server.Scalar("SELECT COUNT(*) FROM ContractNumbers"), await server.Scalar("SELECT COUNT(DISTINCT Number) FROM ContractNumbers"));
        Assert.Contains($"FX-{a:D6}", once, StringComparison.Ordinal);
        Assert.Contains($"FX-{a:D6}", twice, StringComparison.Ordinal);
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM ContractNumbers WHERE ItemId = {first}"));
        Assert.Equal(a, await server.Scalar($"SELECT Number FROM ContractNumbers WHERE ItemId = {first}"));
    }

    [Fact]
    public async Task The_contract_names_the_company_the_broker_the_clients_tax_id_and_the_amount_in_local_currency()
    {
        var carla = await server.ClientFor("carla");
        var tag = ClientsKit.Tag();
        var client = await carla.RegisterClient(new { name = $"Importadora {tag} Ltda", taxId = "98.765.432/0001-10", segment = "company" });
        var item = await carla.CreateItemFor(client.Id(), "operation", new { client = $"Importadora {tag} Ltda", amount = 150_000m, currency = "USD" });
        var (id, _) = await ContractRulesApiTests.AtBroker(carla, 0m, "USD", existing: item);

        var text = await PdfTools.Text(await Contract(carla, id));

        Assert.Contains("Câmbio Exemplo Serviços Financeiros Ltda.", text, StringComparison.Ordinal);
        Assert.Contains("12.345.678/0001-90", text, StringComparison.Ordinal);
        Assert.Contains("SOCOPA Sociedade Corretora Paulista S.A.", text, StringComparison.Ordinal);
        Assert.Contains($"Importadora {tag} Ltda", text, StringComparison.Ordinal);
        Assert.Contains("98.765.432/0001-10", text, StringComparison.Ordinal);
        Assert.True(Regex.IsMatch(text, @"BRL\s*787,500\.00"), text);
        Assert.True(Regex.IsMatch(text, @"USD\s*150,000\.00"), text);
        Assert.Matches(@"Direction\s+not given", text);
        Assert.DoesNotContain("—", text.Replace("FX contract — operation", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Matches("FX-[0-9]{6}", text);
        var portuguese = await PdfTools.Text(await Contract(carla, id, "pt-BR"));
        Assert.True(Regex.IsMatch(portuguese, @"Valor em BRL à taxa de fechamento\s+BRL 787\.500,00"), portuguese);
        Assert.True(Regex.IsMatch(portuguese, @"Sentido\s+não informado"), portuguese);
    }

    private static async Task<List<JsonNode>> Pending(HttpClient client) =>
        [.. (await client.GetJson("/api/v1/fx/contracts/pending")).AsArray().Select(r => r!)];

    private static async Task<byte[]> Contract(HttpClient client, long id, string language = "en")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/items/{id}/contract.pdf");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }
}
