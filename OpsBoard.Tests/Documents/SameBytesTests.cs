using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Tests.Documents.Contracts;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents;

/// <summary>
/// A document about finished data is the same file whenever it is asked for: each is fetched,
/// the clock moves on, and it is fetched again through the real app.
/// </summary>
public sealed class SameBytesTests(ClockedDocumentServer server) : IClassFixture<ClockedDocumentServer>
{
    [Fact]
    public async Task A_past_days_report_asked_for_on_two_later_days_gives_identical_bytes()
    {
        var day = server.Today;
        await SettledOperation("Remessa do dia encerrado");
        server.Clock.Advance(TimeSpan.FromDays(1));

        await AskedTwiceGivesTheSameBytes("diego", $"/api/v1/reports/daily?date={day:yyyy-MM-dd}", TimeSpan.FromDays(1));
    }

    [Fact]
    public async Task A_sending_protocol_asked_for_again_hours_later_gives_identical_bytes()
    {
        var ana = await server.SignedIn("ana");
        var ids = new List<long>();
        foreach (var client in new[] { "Peña Ñandú", "Иванов" })
        {
            var story = await ana.CreateItem("story", new { client, documentsReceived = new[] { "RG", "CPF" } }, $"Cadastro {client}");
            var reviewing = await ana.FireOk(story.Id(), "StartReview", story.Version());
            await ana.FireOk(story.Id(), "Approve", reviewing.Version());
            ids.Add(story.Id());
        }
        var sent = await ana.PostAsJsonAsync("/api/v1/protocols", new { storyIds = ids });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var number = (await sent.Json())["number"]!.GetValue<long>();

        await AskedTwiceGivesTheSameBytes("ana", $"/api/v1/protocols/{number}/pdf", TimeSpan.FromHours(5));
    }

    [Fact]
    public async Task The_fx_contract_of_a_settled_operation_asked_for_again_a_day_later_gives_identical_bytes()
    {
        var id = await SettledOperation("Importadora Conceição");

        await AskedTwiceGivesTheSameBytes("carla", $"/api/v1/items/{id}/contract.pdf", TimeSpan.FromDays(1));
    }

    [Fact]
    public async Task The_control_sheet_of_an_active_dossier_asked_for_again_a_day_later_gives_identical_bytes()
    {
        var ana = await server.SignedIn("ana");
        var dossier = await ana.Notified("Padaria Três Irmãos");
        var version = dossier.Version();
        foreach (var (user, area) in new[] { ("clara", ControlSheet.CustomerService), ("otto", ControlSheet.Operations), ("paulo", ControlSheet.ProcessingRoom) })
        {
            var signer = await server.SignedIn(user);
            version = (await signer.PostOk($"/api/v1/onboarding/{dossier.Id()}/sign-off", new { expectedVersion = version, area, comment = "Conferido" })).Version();
        }
        var sofia = await server.SignedIn("sofia");
        var last = await sofia.Upload($"/api/v1/onboarding/{dossier.Id()}/sign-off", "report", "%PDF-1.4 inspeção"u8.ToArray(), "inspecao.pdf",
            ("expectedVersion", version.ToString(CultureInfo.InvariantCulture)), ("area", ControlSheet.Security), ("comment", "Local aprovado"));
        Assert.Equal("Active", (string?)(await last.Json())["state"]);

        await AskedTwiceGivesTheSameBytes("ana", $"/api/v1/onboarding/{dossier.Id()}/control-sheet.pdf", TimeSpan.FromDays(1));
    }

    /// <summary>A USD 250,000 operation taken all the way: closed at a rate, contract signed, sent and settled.</summary>
    private async Task<long> SettledOperation(string client)
    {
        var ana = await server.SignedIn("ana");
        var bruno = await server.SignedIn("bruno");
        var item = await ana.CreateItem("operation", new { client, amount = 250_000m, currency = "USD", direction = "outbound" }, $"Remessa {client}");
        var v = (await ana.FireOk(item.Id(), "Identify", item.Version())).Version();
        v = (await ana.FireOk(item.Id(), "ReceiveProof", v)).Version();
        v = (await bruno.FireOk(item.Id(), "ApprovePayment", v)).Version();
        v = (await bruno.FireOk(item.Id(), "Close", v, new { rate = 5.4321m, @operator = "bruno" })).Version();
        v = await bruno.Sign(item.Id());
        v = (await bruno.FireOk(item.Id(), "SendToBroker", v, new { brokerReference = "BR-77" })).Version();
        Assert.Equal("Settled", (string?)(await bruno.FireOk(item.Id(), "Settle", v, new { swiftReference = ContractSteps.SwiftReference }))["state"]);
        return item.Id();
    }

    private async Task AskedTwiceGivesTheSameBytes(string user, string url, TimeSpan later)
    {
        var first = await Pdf(user, url);
        server.Clock.Advance(later);
        var second = await Pdf(user, url);

        Assert.Equal(first, second);
        Assert.DoesNotContain("AGPL", PdfTools.Producer(first), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<byte[]> Pdf(string user, string url)
    {
        var response = await (await server.SignedIn(user)).GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
