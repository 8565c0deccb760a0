using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Documents;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Onboarding;

public sealed class ActivationTests(OnboardingServer server) : IClassFixture<OnboardingServer>
{
    [Fact]
    public async Task A_client_without_money_processing_has_no_Processing_Room_line_and_is_welcomed_in_its_own_language_when_active()
    {
        await using var smtp = new SmtpListener(server.SmtpPort);
        var dossier = await server.NotifiedWith("Panaderia Sol", new
        {
            client = "Panaderia Sol", address = "Calle Mayor 12", serviceFrequency = "Weekly", moneyProcessing = false,
            contactEmail = "compras@panaderia.example", language = "es",
        });
        var id = dossier.Id();
        var paulo = await server.ClientFor("paulo");

        var refused = await paulo.PostAsJsonAsync($"/api/v1/onboarding/{id}/sign-off", new { expectedVersion = dossier.Version(), area = "processingRoom" });
        var active = await server.SignAll(dossier, processingRoom: false);
        var welcome = await smtp.WaitFor(m => m.To.Contains("compras@panaderia.example"), TimeSpan.FromSeconds(20));
        // The outbox sends in the order mail was written: the areas' mail of the verification came before the welcome.
        var mails = smtp.Received.ToList();

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("SignOffAreaNotNeeded", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Active", (string?)active["state"]);
        Assert.Equal(3, mails.Count(m => m.Body.Contains("Panaderia Sol", StringComparison.Ordinal) && !m.To.Contains("compras@panaderia.example")));
        Assert.DoesNotContain(mails, m => m.To.Contains("processing-room@opsboard.local") && m.Body.Contains("Panaderia Sol", StringComparison.Ordinal));
        Assert.DoesNotContain((await paulo.GetJson("/api/v1/onboarding/notifications")).AsArray(), n => (long)n!["dossierId"]! == id);
        var lines = (await paulo.GetJson($"/api/v1/onboarding/{id}/control-sheet"))["lines"]!.AsArray().Select(l => (string?)l!["area"]);
        Assert.Equal(["customerService", "operations", "security"], lines);
        Assert.NotNull(welcome);
        var code = (string)active["fields"]!["clientCode"]!;
        Assert.Contains($"Su código de cliente es {code}", welcome.Body, StringComparison.Ordinal);
        Assert.Contains("Servicio al Cliente", welcome.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_control_sheet_is_kept_as_a_file_of_the_dossier_and_a_client_without_a_language_is_welcomed_in_the_teams()
    {
        await using var smtp = new SmtpListener(server.SmtpPort);
        var dossier = await server.NotifiedWith("Mercado Central", new
        {
            client = "Mercado Central", address = "Rua Direita 7", moneyProcessing = true, contactEmail = "caixa@mercado.example",
        });
        var ana = await server.ClientFor("ana");
        var before = (await ana.GetJson($"/api/v1/items/{dossier.Id()}/files")).AsArray();

        var active = await server.SignAll(dossier, processingRoom: true);

        Assert.Equal("Active", (string?)active["state"]);
        Assert.Empty(before);
        var file = Assert.Single((await ana.GetJson($"/api/v1/items/{dossier.Id()}/files")).AsArray())!;
        // The archived sheet speaks the team's language (pt-BR in appsettings.json), whoever signed last.
        Assert.Equal(($"folha-de-controle-{active["fields"]!["clientCode"]}.pdf", "system"), ((string?)file["fileName"], (string?)file["uploadedBy"]));
        var text = await PdfTools.Text(await ana.GetByteArrayAsync((string)file["download"]!));
        Assert.Contains("Mercado Central", text, StringComparison.Ordinal);
        Assert.Contains("Sala de Processamento", text, StringComparison.Ordinal);
        foreach (var signer in new[] { "clara", "otto", "paulo", "sofia" })
        {
            Assert.Contains(signer, text, StringComparison.Ordinal);
        }
        var welcome = await smtp.WaitFor(m => m.To.Contains("caixa@mercado.example"), TimeSpan.FromSeconds(20));
        Assert.NotNull(welcome);
        Assert.Contains($"Seu código de cliente é {active["fields"]!["clientCode"]}", welcome.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sheet_without_money_processing_is_archived_without_the_Processing_Room()
    {
        var dossier = await server.NotifiedWith("Loja Azul", new { client = "Loja Azul", address = "Av. Brasil 1", moneyProcessing = false });
        var ana = await server.ClientFor("ana");

        await server.SignAll(dossier, processingRoom: false);

        var file = Assert.Single((await ana.GetJson($"/api/v1/items/{dossier.Id()}/files")).AsArray())!;
        var text = await PdfTools.Text(await ana.GetByteArrayAsync((string)file["download"]!));
        Assert.Contains("Loja Azul", text, StringComparison.Ordinal);
        Assert.Contains("Operações", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sala de Processamento", text, StringComparison.Ordinal);
    }
}
