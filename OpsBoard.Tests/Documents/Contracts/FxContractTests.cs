using System.Net;
using System.Net.Http.Headers;

namespace OpsBoard.Tests.Documents.Contracts;

public sealed class FxContractTests(ReportServer server) : IClassFixture<ReportServer>
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 19, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_closed_operation_of_100000_usd_or_more_gets_a_contract_with_its_terms_and_signature_blocks()
    {
        var id = await ClosedOperation(250_000m, "São João Importações Ltda");
        var carla = await server.ClientFor("carla");

        var pdf = await Contract(carla, id, "pt-BR");
        var text = await PdfTools.Text(pdf);
        Assert.Contains($"Contrato de câmbio — operação {id}", text);
        Assert.Contains("São João Importações Ltda", text);
        Assert.Contains("250.000,00", text);
        Assert.Matches(@"Taxa\s+5,4321", text);
        Assert.Matches(@"Data-valor\s+19/11/2026", text);
        Assert.Matches(@"Operador\s+bruno", text);
        Assert.Contains("Assinatura do cliente", text);
        Assert.Contains("Pela empresa", text);
        Assert.True(PdfTools.IsPng(await PdfTools.FirstPagePng(pdf)));
        Assert.Equal(pdf, await Contract(carla, id, "pt-BR"));

        var russian = await PdfTools.Text(await Contract(carla, id, "ru"));
        Assert.Contains("Валютный договор", russian);
        Assert.Contains("Подпись клиента", russian);
    }

    [Fact]
    public async Task Smaller_unclosed_unknown_or_non_operation_items_get_a_problem_with_the_reason()
    {
        var small = await ClosedOperation(99_999.99m, "Pequeno");
        var open = await server.CreateAt(Morning, "ana", "operation", "Aberta", new { client = "Grande", amount = 500_000m, currency = "USD" });
        var claim = await server.CreateAt(Morning, "ana", "claim", "Reclamação", new { client = "X" });
        var carla = await server.ClientFor("carla");

        await Refused(carla, small, HttpStatusCode.Conflict, "100,000");
        await Refused(carla, open, HttpStatusCode.Conflict, "not closed");
        await Refused(carla, claim, HttpStatusCode.Conflict, "only FX operations");
        await Refused(carla, 987_654, HttpStatusCode.NotFound, "does not exist");
    }

    private async Task<long> ClosedOperation(decimal amount, string client)
    {
        var id = await server.CreateAt(Morning, "ana", "operation", $"Remessa {client}", new { client, amount, currency = "USD", direction = "outbound" });
        await server.FireAt(Morning.AddMinutes(10), "ana", id, "Identify");
        await server.FireAt(Morning.AddMinutes(20), "ana", id, "ReceiveProof");
        await server.FireAt(Morning.AddMinutes(30), "bruno", id, "ApprovePayment");
        await server.FireAt(Morning.AddMinutes(40), "bruno", id, "Close", new { rate = 5.4321m, @operator = "bruno" });
        return id;
    }

    private static async Task<byte[]> Contract(HttpClient client, long id, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/items/{id}/contract.pdf");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task Refused(HttpClient client, long id, HttpStatusCode status, string reason)
    {
        var response = await client.GetAsync($"/api/v1/items/{id}/contract.pdf");
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }
}
