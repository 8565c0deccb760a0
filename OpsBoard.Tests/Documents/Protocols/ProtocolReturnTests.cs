using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents.Protocols;

public sealed class ProtocolReturnTests(ClockedDocumentServer server) : IClassFixture<ClockedDocumentServer>
{
    [Fact]
    public async Task A_protocol_is_late_after_its_business_days_until_the_signed_copy_is_recorded_once()
    {
        var ana = await server.SignedIn("ana");
        var number = await SendAsync(ana, await ReadyStory(ana, "Cadastro Lúcia Prado"));
        var copy = "%PDF-1.4 protocolo assinado pela corretora"u8.ToArray();

        var fresh = await Find(ana, number);
        server.Clock.Advance(TimeSpan.FromDays(2));
        var twoDaysOn = await Find(await server.SignedIn("ana"), number);
        // Wednesday evening plus five business days is the next Wednesday's close; Friday is past it, the weekend between not counted.
        server.Clock.Advance(TimeSpan.FromDays(7));
        ana = await server.SignedIn("ana");
        var late = await Find(ana, number);
        var future = await ana.Upload($"/api/v1/protocols/{number}/signed-back", "file", copy, "assinado.pdf",
            ("signedOn", server.Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var wrongType = await ana.Upload($"/api/v1/protocols/{number}/signed-back", "file", "MZ\u0090"u8.ToArray(), "assinado.exe");
        var signed = await ana.Upload($"/api/v1/protocols/{number}/signed-back", "file", copy, "assinado.pdf",
            ("signedOn", server.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var again = await ana.Upload($"/api/v1/protocols/{number}/signed-back", "file", "%PDF-1.4 outra via"u8.ToArray(), "outra.pdf");

        Assert.False(fresh["isLate"]!.GetValue<bool>());
        Assert.False(twoDaysOn["isLate"]!.GetValue<bool>());
        Assert.True(late["isLate"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.True(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var back = await Find(ana, number);
        Assert.False(back["isLate"]!.GetValue<bool>());
        Assert.Equal(server.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string?)back["signedBackOn"]);
        Assert.Equal(copy, await ana.GetByteArrayAsync((string)back["signedCopy"]!));
    }

    [Fact]
    public async Task Only_those_who_send_protocols_record_a_signed_copy_and_an_unknown_protocol_is_not_found()
    {
        var ana = await server.SignedIn("ana");
        var sofia = await server.SignedIn("sofia");
        var number = await SendAsync(ana, await ReadyStory(ana, "Cadastro Jorge Amado"));

        var unknown = await ana.Upload("/api/v1/protocols/424242/signed-back", "file", "%PDF-1.4 x"u8.ToArray(), "x.pdf");
        var noFile = await ana.PostAsync($"/api/v1/protocols/{number}/signed-back", new MultipartFormDataContent { { new StringContent("2026-11-18"), "signedOn" } });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Null((await Find(ana, number))["signedBackOn"]);
        Assert.Equal(HttpStatusCode.NotFound, (await sofia.GetAsync($"/api/v1/protocols/{number}/signed-copy")).StatusCode);
    }

    private static async Task<long> ReadyStory(HttpClient client, string clientName)
    {
        var story = await client.CreateItem("story", new { client = clientName, documentsReceived = new[] { "RG", "CPF" } });
        var reviewing = await client.FireOk(story.Id(), "StartReview", story.Version());
        await client.FireOk(story.Id(), "Approve", reviewing.Version());
        return story.Id();
    }

    private static async Task<long> SendAsync(HttpClient client, params long[] storyIds)
    {
        var response = await client.PostAsJsonAsync("/api/v1/protocols", new { storyIds });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Json())["number"]!.GetValue<long>();
    }

    private static async Task<JsonNode> Find(HttpClient client, long number) =>
        (await client.GetJson("/api/v1/protocols")).AsArray().Single(p => p!["number"]!.GetValue<long>() == number)!;
}
