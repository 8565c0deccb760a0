using System.Net;
using System.Net.Http.Json;
using OpsBoard.Admin.Kiosks;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Admin.Kiosks;

public sealed class KioskApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task The_kiosk_link_signs_the_TV_in_and_shows_the_wallboard()
    {
        var (_, link) = await Register("Lobby TV");
        using var tv = server.Browser();

        var signIn = await tv.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal("/wallboard", PeopleKit.PathOf(signIn));
        var wallboard = await tv.GetAsync("/wallboard");
        Assert.Equal(HttpStatusCode.OK, wallboard.StatusCode);
        Assert.Contains("data-test=\"wallboard\"", await wallboard.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_kiosk_reads_no_API_and_no_other_page()
    {
        var (_, link) = await Register("Ops floor");
        using var tv = server.Browser();
        await tv.GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.Forbidden, (await tv.GetAsync("/api/v1/items")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tv.GetAsync("/api/v1/board")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tv.GetAsync("/api/v1/admin/kiosks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tv.PostAsync("/hubs/ops/negotiate?negotiateVersion=1", null)).StatusCode);
        foreach (var page in new[] { "/queues", "/", "/collections", "/onboarding", "/admin/users", "/admin/kiosks", "/reports" })
        {
            var response = await tv.GetAsync(page);
            Assert.True(PeopleKit.PathOf(response).StartsWith("/access-denied", StringComparison.Ordinal), $"{page}: {(int)response.StatusCode} {PeopleKit.PathOf(response)}");
        }
    }

    [Fact]
    public async Task A_revoked_kiosk_is_refused_on_its_next_request_and_its_link_no_longer_signs_in()
    {
        var (id, link) = await Register("Meeting room");
        using var tv = server.Browser();
        await tv.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await tv.GetAsync("/wallboard")).StatusCode);

        var admin = await server.ClientFor("admin");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/kiosks/{id}/revoke", null)).StatusCode);

        Assert.StartsWith("/login", PeopleKit.PathOf(await tv.GetAsync("/wallboard")));
        using var again = server.Browser();
        Assert.StartsWith("/access-denied", PeopleKit.PathOf(await again.GetAsync(new Uri(link).PathAndQuery)));
        var listed = (await admin.GetJson("/api/v1/admin/kiosks")).AsArray().Single(k => (long)k!["id"]! == id)!;
        Assert.NotNull(listed["revokedAt"]);
    }

    [Fact]
    public async Task The_secret_is_stored_only_as_its_SHA_256_hash()
    {
        var (id, link) = await Register("Hashed");
        var secret = link[(link.LastIndexOf('/') + 1)..];

        var stored = server.WithDb(db => db.KioskDevices.Single(k => k.Id == id).SecretHash);
        Assert.Equal(KioskService.Hash(secret), stored);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret))), stored);
        Assert.Equal(0, await server.Scalar($"SELECT COUNT(*) FROM KioskDevices WHERE SecretHash = '{secret}'"));
    }

    [Fact]
    public async Task A_nameless_device_is_refused_and_only_Admins_register_devices()
    {
        var admin = await server.ClientFor("admin");
        var nameless = await admin.PostAsJsonAsync("/api/v1/admin/kiosks", new { name = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
        Assert.NotNull((await nameless.Json())["errors"]!["name"]);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/v1/admin/kiosks/999999/revoke", null)).StatusCode);
        var lead = await server.ClientFor("carla");
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostAsJsonAsync("/api/v1/admin/kiosks", new { name = "Sneaky" })).StatusCode);
    }

    private async Task<(long Id, string Link)> Register(string name)
    {
        var admin = await server.ClientFor("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/admin/kiosks", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Json();
        return ((long)body["kiosk"]!["id"]!, (string)body["link"]!);
    }
}
