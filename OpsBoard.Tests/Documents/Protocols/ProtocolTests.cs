using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents.Protocols;

public sealed class ProtocolTests(ReportServer server) : IClassFixture<ReportServer>
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_400_story_protocol_sends_every_story_and_spans_pages_with_the_header_repeated()
    {
        var ids = new List<long>();
        for (var n = 0; n < 400; n++)
        {
            ids.Add(await ReadyStory($"Cadastro {n:000}", n % 2 == 0 ? $"Peña Ñandú {n:000}" : $"Иванов {n:000}"));
        }
        var ana = await server.ClientFor("ana");
        var response = await ana.PostAsJsonAsync("/api/v1/protocols", new { storyIds = ids });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Json();
        var number = created["number"]!.GetValue<long>();
        Assert.Equal(400, await server.Scalar($"SELECT COUNT(*) FROM Items WHERE State = 'AtBroker' AND json_extract(Fields, '$.protocolNumber') = '{number}'"));
        Assert.Equal(400, await server.Scalar($"SELECT COUNT(*) FROM ProtocolStories WHERE ProtocolNumber = {number}"));

        var pdf = await Pdf(ana, number, "pt-BR");
        var pages = (await PdfTools.Text(pdf)).Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count >= 5, $"expected the 400 stories to span pages, got {pages.Count}");
        Assert.All(pages, page => Assert.Matches(@"#\s+Item\s+Cliente\s+Documentos\s+Observações", page));
        Assert.Contains($"Protocolo de envio {number}", pages[0]);
        Assert.Contains("Ana Souza", pages[0]);
        Assert.Contains("Assinatura do remetente", pages[^1]);
        Assert.Contains("Recebido por (corretora)", pages[^1]);
        var text = string.Join("\n", pages);
        Assert.Contains("Peña Ñandú 000", text);
        Assert.Contains("Иванов 399", text);
        Assert.Contains("Comprovante de endereço", text);
        Assert.Contains("Documentos conferidos à mão", text);
        Assert.True(PdfTools.IsPng(await PdfTools.FirstPagePng(pdf)));
        Assert.Equal(pdf, await Pdf(ana, number, "pt-BR"));
    }

    [Fact]
    public async Task A_batch_with_one_story_not_ready_sends_nothing_and_says_why()
    {
        var ready = await ReadyStory("Pronto", "Lista");
        var notReady = await server.CreateAt(Morning, "ana", "story", "Não pronto", new { client = "Recebido" });
        var operation = await server.CreateAt(Morning, "ana", "operation", "Operação", new { client = "Op", amount = 10m });
        var ana = await server.ClientFor("ana");
        var historyBefore = await server.Scalar("SELECT COUNT(*) FROM ItemHistory");
        var protocolsBefore = await server.Scalar("SELECT COUNT(*) FROM Protocols");

        var refused = await ana.PostAsJsonAsync("/api/v1/protocols", new { storyIds = new[] { ready, notReady } });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Json();
        var reasons = problem["refused"]!.AsArray();
        Assert.Single(reasons);
        Assert.Equal(notReady, reasons[0]!["itemId"]!.GetValue<long>());
        Assert.Contains("not permitted", (string?)reasons[0]!["reason"]);

        var wrongType = await ana.PostAsJsonAsync("/api/v1/protocols", new { storyIds = new[] { ready, operation } });
        Assert.Equal(HttpStatusCode.Conflict, wrongType.StatusCode);
        Assert.Contains("not a story", await wrongType.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await ana.PostAsJsonAsync("/api/v1/protocols", new { storyIds = new[] { 999_999L } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ana.PostAsJsonAsync("/api/v1/protocols", new { storyIds = Array.Empty<long>() })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ana.PostAsJsonAsync("/api/v1/protocols", new { storyIds = new[] { ready, ready } })).StatusCode);

        Assert.Equal(historyBefore, await server.Scalar("SELECT COUNT(*) FROM ItemHistory"));
        Assert.Equal(protocolsBefore, await server.Scalar("SELECT COUNT(*) FROM Protocols"));
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM Items WHERE Id = {ready} AND State = 'ReadyToSend'"));
        Assert.Equal(HttpStatusCode.NotFound, (await ana.GetAsync("/api/v1/protocols/424242/pdf")).StatusCode);
    }

    private async Task<long> ReadyStory(string title, string client)
    {
        var id = await server.CreateAt(Morning, "ana", "story", title,
            new { client, documentsReceived = new[] { "RG", "CPF", "Comprovante de endereço" } });
        await server.FireAt(Morning.AddMinutes(5), "ana", id, "StartReview");
        await server.FireAt(Morning.AddMinutes(10), "ana", id, "Approve", note: "Documentos conferidos à mão");
        return id;
    }

    private static async Task<byte[]> Pdf(HttpClient client, long number, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/protocols/{number}/pdf");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }
}
