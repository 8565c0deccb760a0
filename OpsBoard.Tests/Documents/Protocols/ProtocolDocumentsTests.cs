using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents.Protocols;

public sealed class ProtocolDocumentsTests(ReportServer server) : IClassFixture<ReportServer>
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_protocol_lists_each_storys_documents_and_files_and_names_the_broker_from_the_settings()
    {
        var ana = await server.ClientFor("ana");
        var withFiles = await ReadyStory("Com arquivos", "Padaria Aurora", null);
        var withList = await ReadyStory("Com lista", "Mercado Boreal", ["RG", "CPF"]);
        foreach (var name in new[] { "contrato-social.pdf", "cartao-cnpj.pdf" })
        {
            var upload = await ana.Upload($"/api/v1/items/{withFiles}/files", "file", "%PDF-1.4 documento"u8.ToArray(), name);
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        var response = await ana.PostAsJsonAsync("/api/v1/protocols", new { storyIds = new[] { withFiles, withList } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var number = (await response.Json())["number"]!.GetValue<long>();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/protocols/{number}/pdf");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var text = await PdfTools.Text(await (await ana.SendAsync(request)).Content.ReadAsByteArrayAsync());
        Assert.Contains("contrato-social.pdf", text, StringComparison.Ordinal);
        Assert.Contains("cartao-cnpj.pdf", text, StringComparison.Ordinal);
        Assert.Matches(@"Mercado Boreal\s+RG, CPF", text);
        Assert.Matches(@"Receiver\s+SOCOPA Sociedade Corretora Paulista S\.A\.", text);
        Assert.DoesNotContain("The broker", text, StringComparison.Ordinal);
    }

    private async Task<long> ReadyStory(string title, string client, string[]? documents)
    {
        var id = await server.CreateAt(Morning, "ana", "story", title, documents is null ? (object)new { client } : new { client, documentsReceived = documents });
        await server.FireAt(Morning.AddMinutes(5), "ana", id, "StartReview");
        await server.FireAt(Morning.AddMinutes(10), "ana", id, "Approve");
        return id;
    }
}
