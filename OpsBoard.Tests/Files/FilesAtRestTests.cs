using System.Globalization;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Files;

/// <summary>A server with no files folder configured: its database, uploads and keys as they lie on disk.</summary>
public sealed class FilesAtRestTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerReadWrite | UnixFileMode.UserExecute;

    private string DataFolder => Path.GetDirectoryName(server.DatabasePath)!;

    [Fact]
    public async Task Uploads_go_to_a_folder_beside_the_database_not_under_the_working_directory()
    {
        var ana = await server.ClientFor("ana");
        var dossier = await ana.CreateDossier();

        var response = await ana.Upload($"/api/v1/onboarding/{dossier.Id()}/documents/workOrder", "file", "%PDF-1.4 ordem"u8.ToArray(), "ordem.pdf", ("expectedVersion", "1"));

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Single(Directory.GetFiles(Path.Combine(DataFolder, "onboarding-files", dossier.Id().ToString(CultureInfo.InvariantCulture))));
        Assert.False(Directory.Exists(Path.Combine(Environment.CurrentDirectory, "data", "onboarding-files", dossier.Id().ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_database_its_log_uploads_and_keys_are_readable_by_the_server_s_account_only()
    {
        var ana = await server.ClientFor("ana");
        var dossier = await ana.CreateDossier();
        var upload = await ana.Upload($"/api/v1/onboarding/{dossier.Id()}/documents/legalRepresentativeId", "file", "%PDF-1.4 identidade"u8.ToArray(), "rg.pdf", ("expectedVersion", "1"));
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        var files = Path.Combine(DataFolder, "onboarding-files");
        var dossierFolder = Path.Combine(files, dossier.Id().ToString(CultureInfo.InvariantCulture));
        var keys = Path.Combine(DataFolder, "keys");

        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(server.DatabasePath));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(server.DatabasePath + "-wal"));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(server.DatabasePath + "-shm"));
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(files));
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(dossierFolder));
        Assert.All(Directory.GetFiles(dossierFolder), f => Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(f)));
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(keys));
        Assert.NotEmpty(Directory.GetFiles(keys, "*.xml"));
        Assert.All(Directory.GetFiles(keys, "*.xml"), f => Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(f)));
    }
}
