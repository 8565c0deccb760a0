using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents.Protocols;

public sealed class ProtocolLiveTests(ClockedDocumentServer server) : IClassFixture<ClockedDocumentServer>
{
    [Fact]
    public async Task The_board_hears_a_protocol_sent_and_signed_back_and_counts_it_late_in_between()
    {
        await using var hub = await RawHubClient.ConnectAsync(server.BaseAddress, await server.TokenFor("carla"));
        await hub.InvokeAsync("Subscribe", "board");
        var ana = await server.SignedIn("ana");
        var story = await ana.CreateItem("story", new { client = "Cadastro Rui Barbosa", documentsReceived = new[] { "RG" } });
        await ana.FireOk(story.Id(), "Approve", (await ana.FireOk(story.Id(), "StartReview", story.Version())).Version());

        var response = await ana.PostAsJsonAsync("/api/v1/protocols", new { storyIds = new[] { story.Id() } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var number = (await response.Json())["number"]!.GetValue<long>();
        var sent = await hub.ReceiveAsync("protocolChanged", m => (long?)m["number"] == number, TimeSpan.FromSeconds(5));
        var freshBoard = await ana.GetJson("/api/v1/board");
        // Five business days on from a Wednesday evening is the next Wednesday's close: the Friday after is past it.
        server.Clock.Advance(TimeSpan.FromDays(9));
        ana = await server.SignedIn("ana");
        var lateBoard = await ana.GetJson("/api/v1/board");
        var signed = await ana.Upload($"/api/v1/protocols/{number}/signed-back", "file", "%PDF-1.4 assinado"u8.ToArray(), "assinado.pdf");
        var back = await hub.ReceiveAsync("protocolChanged", m => (long?)m["number"] == number && (bool?)m["signedBack"] == true, TimeSpan.FromSeconds(5));

        Assert.False((bool?)sent["signedBack"]);
        Assert.Equal(0, (int?)sent["lateProtocols"]);
        Assert.Equal(0, (int?)freshBoard["lateProtocols"]);
        Assert.Equal(1, (int?)lateBoard["lateProtocols"]);
        Assert.True(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        Assert.Equal(0, (int?)back["lateProtocols"]);
        Assert.Equal(0, (int?)(await ana.GetJson("/api/v1/board"))["lateProtocols"]);
    }
}
