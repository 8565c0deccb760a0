using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Files;

public sealed class ItemFilesApiTests(ItemFilesServer server) : IClassFixture<ItemFilesServer>
{
    [Fact]
    public async Task A_file_attached_to_a_claim_is_listed_written_in_its_history_and_downloaded_with_the_same_bytes()
    {
        var ana = await server.ClientFor("ana");
        var claim = await ana.CreateItem("claim", new { client = "Padaria Estrela" });
        var content = "%PDF-1.4 reclamação assinada pelo cliente"u8.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));

        var response = await ana.Upload($"/api/v1/items/{claim.Id()}/files", "file", content, "reclamação.pdf");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var file = await response.Json();
        Assert.Equal(("reclamação.pdf", content.Length, "ana", sha), ((string?)file["fileName"], file["size"]!.GetValue<int>(), (string?)file["uploadedBy"], (string?)file["sha256"]));
        var list = (await ana.GetJson($"/api/v1/items/{claim.Id()}/files")).AsArray();
        Assert.Equal(file["id"]!.GetValue<long>(), Assert.Single(list)!["id"]!.GetValue<long>());
        var history = (await ana.GetJson($"/api/v1/items/{claim.Id()}/history")).AsArray();
        Assert.Equal("AttachFile", (string?)history[^1]!["trigger"]);
        Assert.Contains(sha, (string?)history[^1]!["note"], StringComparison.Ordinal);
        Assert.Equal(2, await server.Scalar($"SELECT Version FROM Items WHERE Id = {claim.Id()}"));
        Assert.Equal(content, await ana.GetByteArrayAsync((string)file["download"]!));
        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(server.FilesPath, claim.Id().ToString(CultureInfo.InvariantCulture), sha)));
    }

    [Fact]
    public async Task A_phone_video_of_the_damage_is_kept_as_evidence_on_a_claim_and_downloads_with_the_same_bytes()
    {
        var ana = await server.ClientFor("ana");
        var claim = await ana.CreateItem("claim", new { client = "Transportadora Rápida" });
        byte[] video = [0x00, 0x00, 0x00, 0x18, .. "ftypmp42"u8, 0x00, 0x00, 0x00, 0x00, .. "isommp42"u8, .. new byte[2048]];

        var response = await ana.Upload($"/api/v1/items/{claim.Id()}/files", "file", video, "caixa-amassada.mp4");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var file = await response.Json();
        Assert.Equal("video/mp4", (string?)file["mediaType"]);
        Assert.Equal(video, await ana.GetByteArrayAsync((string)file["download"]!));
        Assert.Equal("AttachFile", (string?)(await ana.GetJson($"/api/v1/items/{claim.Id()}/history")).AsArray()[^1]!["trigger"]);
    }

    [Fact]
    public async Task A_file_of_a_type_not_accepted_is_refused_and_leaves_nothing_behind()
    {
        var ana = await server.ClientFor("ana");
        var claim = await ana.CreateItem("claim", new { client = "Oficina Central" });

        var script = await ana.Upload($"/api/v1/items/{claim.Id()}/files", "file", "<script>alert(1)</script>"u8.ToArray(), "nota.pdf");
        var exe = await ana.Upload($"/api/v1/items/{claim.Id()}/files", "file", [0x4D, 0x5A, 0x90, 0x00, 0x03], "setup.exe");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, script.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, exe.StatusCode);
        Assert.Empty((await ana.GetJson($"/api/v1/items/{claim.Id()}/files")).AsArray());
        Assert.Equal(1, await server.Scalar($"SELECT Version FROM Items WHERE Id = {claim.Id()}"));
        Assert.Equal(0, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {claim.Id()} AND Trigger = 'AttachFile'"));
        var folder = Path.Combine(server.FilesPath, claim.Id().ToString(CultureInfo.InvariantCulture));
        Assert.True(!Directory.Exists(folder) || Directory.GetFiles(folder).Length == 0);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_and_leaves_nothing_behind()
    {
        var ana = await server.ClientFor("ana");
        var claim = await ana.CreateItem("claim", new { client = "Mercado Bom Preço" });
        var big = new byte[ItemFilesServer.MaxBytes + 1];
        "%PDF-1.4 "u8.CopyTo(big);

        var response = await ana.Upload($"/api/v1/items/{claim.Id()}/files", "file", big, "grande.pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty((await ana.GetJson($"/api/v1/items/{claim.Id()}/files")).AsArray());
        Assert.Equal(1, await server.Scalar($"SELECT Version FROM Items WHERE Id = {claim.Id()}"));
        var folder = Path.Combine(server.FilesPath, claim.Id().ToString(CultureInfo.InvariantCulture));
        Assert.True(!Directory.Exists(folder) || Directory.GetFiles(folder).Length == 0);
    }

    [Fact]
    public async Task Someone_who_may_not_see_the_item_can_neither_attach_list_nor_download_its_files()
    {
        var ana = await server.ClientFor("ana");
        var carla = await server.ClientFor("carla");
        // A collection case is its agent's alone: once it is bruno's, another agent does not see it.
        var claim = await carla.CreateItem("collection", new { client = "Farmácia Vida", amountDue = 900m, daysOverdue = 12m });
        var attached = await (await carla.Upload($"/api/v1/items/{claim.Id()}/files", "file", "%PDF-1.4 laudo"u8.ToArray(), "laudo.pdf")).Json();
        var assigned = await carla.PostAsJsonAsync($"/api/v1/items/{claim.Id()}/assignment", new { assignee = "bruno", expectedVersion = 2 });
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());

        var upload = await ana.Upload($"/api/v1/items/{claim.Id()}/files", "file", "%PDF-1.4 outro"u8.ToArray(), "outro.pdf");
        var list = await ana.GetAsync($"/api/v1/items/{claim.Id()}/files");
        var download = await ana.GetAsync((string)attached["download"]!);

        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM ItemFiles WHERE ItemId = {claim.Id()}"));
        var bruno = await server.ClientFor("bruno");
        Assert.Equal("%PDF-1.4 laudo"u8.ToArray(), await bruno.GetByteArrayAsync((string)attached["download"]!));
    }

    [Fact]
    public async Task Dossier_documents_are_kept_in_the_same_store_and_still_served_by_their_hash()
    {
        var ana = await server.ClientFor("ana");
        var dossier = await ana.CreateDossier();
        var content = "%PDF-1.4 contrato social"u8.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));

        var recorded = await ana.Upload($"/api/v1/onboarding/{dossier.Id()}/documents/workOrder", "file", content, "contrato.pdf", ("expectedVersion", "1"));
        var attached = await ana.Upload($"/api/v1/items/{dossier.Id()}/files", "file", content, "contrato.pdf");

        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, attached.StatusCode);
        Assert.Single(Directory.GetFiles(Path.Combine(server.FilesPath, dossier.Id().ToString(CultureInfo.InvariantCulture))));
        Assert.Equal(content, await ana.GetByteArrayAsync($"/api/v1/onboarding/{dossier.Id()}/files/{sha}"));
        Assert.Equal(content, await ana.GetByteArrayAsync((string)(await attached.Json())["download"]!));
    }
}
