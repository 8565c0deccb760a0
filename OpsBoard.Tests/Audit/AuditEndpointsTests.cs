using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Audit;

public sealed class AuditEndpointsTests(OnboardingServer server) : IClassFixture<OnboardingServer>
{
    [Fact]
    public async Task An_admin_reads_the_sign_ins_newest_first_with_who_and_from_where()
    {
        await SignIn("bruno", "wrong");
        await SignIn("bruno", "opsboard");
        var admin = await server.ClientFor("admin");

        var page = await admin.GetJson("/api/v1/audit?actor=bruno");

        var rows = page["rows"]!.AsArray();
        Assert.Equal(["sign-in", "sign-in-failed"], rows.Select(r => (string)r!["kind"]!).Take(2));
        Assert.All(rows, r => Assert.Equal("bruno", (string?)r!["subject"]));
        Assert.Equal("127.0.0.1", (string?)rows[0]!["remoteAddress"]);
        Assert.Equal("BearerToken", (string?)rows[0]!["detail"]!["scheme"]);
        Assert.Equal(50, (int)page["pageSize"]!);
        Assert.Equal(1, (int)page["page"]!);
    }

    [Fact]
    public async Task Kind_and_time_narrow_the_log()
    {
        await SignIn("carla", "opsboard");
        var admin = await server.ClientFor("admin");
        var future = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O", CultureInfo.InvariantCulture));

        var failed = (await admin.GetJson("/api/v1/audit?kind=sign-in-failed&actor=carla"))["rows"]!.AsArray();
        var later = (await admin.GetJson($"/api/v1/audit?from={future}"))["total"]!;

        Assert.Empty(failed);
        Assert.Equal(0, (int)later);
    }

    [Fact]
    public async Task Only_admins_read_the_log()
    {
        var lead = await server.ClientFor("carla");

        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync("/api/v1/audit")).StatusCode);
    }

    [Theory]
    [InlineData("kind=nonsense", "kind")]
    [InlineData("from=yesterday", "from")]
    [InlineData("page=0", "page")]
    [InlineData("page=1e3", "page")]
    [InlineData("from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z", "to")]
    public async Task A_filter_that_cannot_be_used_is_refused_with_the_field_named(string query, string field)
    {
        var admin = await server.ClientFor("admin");

        var answer = await admin.GetAsync("/api/v1/audit?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await answer.Json())["errors"]![field]);
    }

    [Fact]
    public async Task Downloading_a_dossier_file_leaves_a_row_naming_the_file_and_who_took_it()
    {
        var ana = await server.ClientFor("ana");
        var dossier = await ana.CreateDossier();
        var content = "%PDF-1.4 audit me"u8.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        await ana.Upload($"/api/v1/onboarding/{dossier.Id()}/documents/workOrder", "file", content, "ordem.pdf", ("expectedVersion", "1"));
        var missing = await ana.GetAsync($"/api/v1/onboarding/{dossier.Id()}/files/{new string('0', 64)}");

        await ana.GetByteArrayAsync($"/api/v1/onboarding/{dossier.Id()}/files/{sha}");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var rows = (await (await server.ClientFor("admin")).GetJson("/api/v1/audit?kind=file-download&actor=ana"))["rows"]!.AsArray();
        var row = Assert.Single(rows);
        Assert.Equal($"/api/v1/onboarding/{dossier.Id()}/files/{sha}", (string?)row!["subject"]);
        Assert.Equal(sha, (string?)row["detail"]!["sha256"]);
    }

    private async Task SignIn(string user, string password)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        await client.PostAsync("/api/v1/auth/token", System.Net.Http.Json.JsonContent.Create(new { username = user, password }));
    }
}
