using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Onboarding;

public sealed class DocumentsApiTests(OnboardingServer server) : IClassFixture<OnboardingServer>
{
    private static string V(int version) => version.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_uploaded_document_is_stored_under_the_files_folder_with_its_hash_in_the_history()
    {
        var ana = await server.ClientFor("ana");
        var dossier = await ana.CreateDossier();
        var content = "%PDF-1.4 ordem de trabalho nº 123"u8.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));

        var response = await ana.Upload($"/api/v1/onboarding/{dossier.Id()}/documents/workOrder", "file", content, "ordem-de-trabalho.pdf", ("expectedVersion", V(1)));

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var history = (await ana.GetJson($"/api/v1/items/{dossier.Id()}/history")).AsArray();
        var row = history[^1]!;
        Assert.Equal("RecordDocument", (string?)row["trigger"]);
        Assert.Equal("sha256:" + sha, (string?)row["changes"]!["workOrder"]);
        Assert.Contains("ordem-de-trabalho.pdf", (string?)row["note"], StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(server.FilesPath, dossier.Id().ToString(CultureInfo.InvariantCulture), sha)));
        Assert.Equal(content, await ana.GetByteArrayAsync($"/api/v1/onboarding/{dossier.Id()}/files/{sha}"));
        var sheet = await ana.GetJson($"/api/v1/onboarding/{dossier.Id()}/control-sheet");
        Assert.Equal(("uploaded", sha), ((string?)sheet["checklist"]![0]!["delivery"], (string?)sheet["checklist"]![0]!["sha256"]));
        Assert.Equal("missing", (string?)sheet["checklist"]![1]!["delivery"]);
    }

    [Fact]
    public async Task A_document_not_on_the_checklist_or_an_incomplete_checklist_is_refused_with_nothing_changed()
    {
        var ana = await server.ClientFor("ana");
        var dossier = await ana.CreateDossier();

        var unknown = await ana.PostAsJsonAsync($"/api/v1/onboarding/{dossier.Id()}/documents/horoscope", new { expectedVersion = 1 });
        var early = await ana.Fire(dossier.Id(), "SubmitDocuments", 1);
        var verifyEarly = await ana.PostAsJsonAsync($"/api/v1/onboarding/{dossier.Id()}/verify", new { expectedVersion = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("ChecklistIncomplete", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, verifyEarly.StatusCode);
        Assert.Equal(1, await server.Scalar($"SELECT Version FROM Items WHERE Id = {dossier.Id()}"));
        Assert.Equal(0, await server.Scalar("SELECT COUNT(*) FROM OnboardingClientCodes WHERE ItemId = " + dossier.Id()));
    }

    [Fact]
    public async Task Cancel_asks_for_the_cancellation_form_and_leaves_the_dossier_archived_and_read_only()
    {
        var ana = await server.ClientFor("ana");
        var dossier = await ana.Notified("Cliente que desistiu");
        var form = "%PDF-1.4 formulario de cancelamento"u8.ToArray();

        var withoutForm = await ana.PostAsJsonAsync($"/api/v1/onboarding/{dossier.Id()}/cancel", new { expectedVersion = dossier.Version() });
        var cancelled = await ana.Upload($"/api/v1/onboarding/{dossier.Id()}/cancel", "form", form, "cancelamento.pdf", ("expectedVersion", V(dossier.Version())));
        Assert.Equal(HttpStatusCode.BadRequest, withoutForm.StatusCode);
        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());
        var archived = await cancelled.Json();
        var files = Directory.GetFiles(Path.Combine(server.FilesPath, dossier.Id().ToString(CultureInfo.InvariantCulture))).Length;

        var upload = await ana.Upload($"/api/v1/onboarding/{dossier.Id()}/documents/workOrder", "file", "%PDF-1.4 late"u8.ToArray(), "late.pdf", ("expectedVersion", V(archived.Version())));
        var sign = await (await server.ClientFor("otto")).PostAsJsonAsync($"/api/v1/onboarding/{dossier.Id()}/sign-off", new { expectedVersion = archived.Version(), area = "operations" });

        Assert.Equal("Archived", (string?)archived["state"]);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(form)), (string?)archived["fields"]!["cancellationForm"]);
        Assert.Empty(archived["permittedTriggers"]!.AsArray());
        Assert.Equal(HttpStatusCode.Conflict, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, sign.StatusCode);
        Assert.Equal(archived.Version(), await server.Scalar($"SELECT Version FROM Items WHERE Id = {dossier.Id()}"));
        Assert.Equal(files, Directory.GetFiles(Path.Combine(server.FilesPath, dossier.Id().ToString(CultureInfo.InvariantCulture))).Length);
    }
}
