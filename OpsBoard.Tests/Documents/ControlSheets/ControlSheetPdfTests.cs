using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents.ControlSheets;

public sealed partial class ControlSheetPdfTests(OnboardingServer server) : IClassFixture<OnboardingServer>
{
    private static readonly byte[] WorkOrder = "%PDF-1.4 ordem de serviço assinada"u8.ToArray();
    private static readonly byte[] Inspection = "%PDF-1.4 relatório de inspeção: local aprovado"u8.ToArray();

    [Fact]
    public async Task An_active_dossier_prints_in_pt_BR_with_every_signature_comment_and_hash_and_the_same_bytes_twice()
    {
        var ana = await server.ClientFor("ana");
        var id = await ActiveDossier(ana, "Иванов и Партнёры");
        var code = (string?)(await ana.GetJson($"/api/v1/onboarding/{id}/control-sheet"))["clientCode"];

        var pdf = await Pdf(ana, id, "pt-BR");
        var text = Flat(await PdfTools.Text(pdf));

        Assert.Contains("Folha de controle — Иванов и Партнёры", text);
        Assert.Contains($"Código do cliente {code}", text);
        Assert.Contains("Rua Augusta 500", text);
        Assert.Contains("Verificado por Ana Souza (ana)", text);
        Assert.Contains($"Enviado, SHA-256 {Sha(WorkOrder)[..12]}…", text);
        Assert.DoesNotContain(Sha(WorkOrder)[..13], text);
        Assert.Contains("Entregue em papel", text);
        Assert.Contains("Ativo desde", text);
        foreach (var (_, _, name, comment) in Signers)
        {
            Assert.Contains(name, text);
            Assert.Contains(comment, text);
        }
        Assert.Contains("Sofía Herrera (sofia)", text);
        Assert.Contains("Local aprovado, cofre ok", text);
        Assert.Contains($"Relatório de inspeção anexado, SHA-256 {Sha(Inspection)[..12]}…", text);
        Assert.Contains("Página 1 de 1", text);
        Assert.DoesNotContain("ARQUIVADO", text);
        Assert.Equal(pdf, await Pdf(ana, id, "pt-BR"));
        Assert.Equal(pdf, await Pdf(await server.ClientFor("paulo"), id, "pt-BR"));
        Assert.True(PdfTools.IsPng(await PdfTools.FirstPagePng(pdf)));
    }

    [Fact]
    public async Task A_cancelled_dossier_prints_as_archived_in_the_readers_language()
    {
        var ana = await server.ClientFor("ana");
        var dossier = await ana.CreateDossier("Peña Ñandú Ltda.");
        var cancelled = await ana.Upload($"/api/v1/onboarding/{dossier.Id()}/cancel", "form", "%PDF-1.4 baja"u8.ToArray(), "baja.pdf",
            ("expectedVersion", dossier.Version().ToString(CultureInfo.InvariantCulture)));
        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());

        var english = Flat(await PdfTools.Text(await Pdf(ana, dossier.Id(), "en")));
        var spanish = Flat(await PdfTools.Text(await Pdf(ana, dossier.Id(), "es")));

        Assert.Contains("ARCHIVED — the dossier was cancelled on", english);
        Assert.Contains("Control sheet — Peña Ñandú Ltda.", english);
        Assert.Contains("Not signed", english);
        Assert.DoesNotContain("Active since", english);
        Assert.Contains("ARCHIVADO — el expediente fue cancelado el", spanish);
        Assert.Contains("Página 1 de 1", spanish);
    }

    [Theory]
    [InlineData("control-sheet.pdf")]
    [InlineData("control-sheet")]
    public async Task An_unknown_id_is_404_and_an_item_that_is_not_a_dossier_is_409_as_problem_json(string sheet)
    {
        var ana = await server.ClientFor("ana");
        var story = await ana.CreateItem("story", new { client = "Cliente qualquer" }, "Cadastro");

        var unknown = await ana.GetAsync($"/api/v1/onboarding/987654/{sheet}");
        var notDossier = await ana.GetAsync($"/api/v1/onboarding/{story.Id()}/{sheet}");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Contains("987654 does not exist", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, notDossier.StatusCode);
        Assert.Equal("application/problem+json", notDossier.Content.Headers.ContentType?.MediaType);
        Assert.Contains("only onboarding dossiers have a control sheet", await notDossier.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static readonly (string User, string Area, string Name, string Comment)[] Signers =
    [
        ("clara", ControlSheet.CustomerService, "Clara Nunes (clara)", "Atendimento: contrato conferido"),
        ("otto", ControlSheet.Operations, "Otto Ramos (otto)", "Rota 4, às terças"),
        ("paulo", ControlSheet.ProcessingRoom, "Paulo Vieira (paulo)", "Sala de processamento pronta"),
    ];

    /// <summary>One document uploaded, the rest on paper, verified by the given client and signed by all four areas.</summary>
    private async Task<long> ActiveDossier(HttpClient maker, string client)
    {
        var dossier = await maker.CreateDossier(client);
        var id = dossier.Id();
        var uploaded = await maker.Upload($"/api/v1/onboarding/{id}/documents/workOrder", "file", WorkOrder, "ordem.pdf", ("expectedVersion", "1"));
        Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync());
        var version = (await uploaded.Json()).Version();
        foreach (var document in OnboardingChecklist.Documents.Skip(1))
        {
            version = (await maker.PostOk($"/api/v1/onboarding/{id}/documents/{document}", new { expectedVersion = version })).Version();
        }
        version = (await maker.FireOk(id, "SubmitDocuments", version)).Version();
        version = (await maker.PostOk($"/api/v1/onboarding/{id}/verify", new { expectedVersion = version })).Version();
        foreach (var (user, area, _, comment) in Signers)
        {
            version = (await (await server.ClientFor(user)).PostOk($"/api/v1/onboarding/{id}/sign-off", new { expectedVersion = version, area, comment })).Version();
        }
        var last = await (await server.ClientFor("sofia")).Upload($"/api/v1/onboarding/{id}/sign-off", "report", Inspection, "inspecao.pdf",
            ("expectedVersion", version.ToString(CultureInfo.InvariantCulture)), ("area", ControlSheet.Security), ("comment", "Local aprovado, cofre ok"));
        Assert.True(last.IsSuccessStatusCode, await last.Content.ReadAsStringAsync());
        Assert.Equal("Active", (string?)(await last.Json())["state"]);
        return id;
    }

    private static async Task<byte[]> Pdf(HttpClient client, long id, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/onboarding/{id}/control-sheet.pdf");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string Sha(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The text with every run of whitespace as one space, so wrapped lines read as sentences.</summary>
    private static string Flat(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
