using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Onboarding;

public sealed class SignOffApiTests(OnboardingServer server) : IClassFixture<OnboardingServer>
{
    private static readonly byte[] Report = "%PDF-1.4 inspection report: site approved"u8.ToArray();

    private async Task<(long History, long Version)> Snapshot(long id) =>
        (await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {id}"), await server.Scalar($"SELECT Version FROM Items WHERE Id = {id}"));

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string text)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(text, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_gives_a_unique_client_code_and_a_code_cannot_be_given_twice()
    {
        var ana = await server.ClientFor("ana");
        var first = await ana.Notified("Cliente Um");
        var second = await ana.Notified("Cliente Dois");
        var third = await ana.CreateDossier("Cliente Três");
        var submitted = await ana.SubmitOnPaper(third.Id());

        var taken = await ana.PostAsJsonAsync($"/api/v1/onboarding/{third.Id()}/verify", new { expectedVersion = submitted.Version(), clientCode = (string?)first["fields"]!["clientCode"] });

        Assert.StartsWith("CL-", (string?)first["fields"]!["clientCode"], StringComparison.Ordinal);
        Assert.NotEqual((string?)first["fields"]!["clientCode"], (string?)second["fields"]!["clientCode"]);
        Assert.Equal("AreasNotified", (string?)first["state"]);
        Assert.Equal("ana", (string?)first["fields"]!["verifiedBy"]);
        await AssertProblem(taken, HttpStatusCode.Conflict, "already given");
        Assert.Equal(submitted.Version(), await server.Scalar($"SELECT Version FROM Items WHERE Id = {third.Id()}"));
        Assert.Equal(0, await server.Scalar($"SELECT COUNT(*) FROM OnboardingNotifications WHERE ItemId = {third.Id()}"));
    }

    [Fact]
    public async Task Dossiers_verified_at_the_same_moment_all_get_different_codes()
    {
        var ana = await server.ClientFor("ana");
        var submitted = new List<JsonNode>();
        for (var n = 0; n < 4; n++)
        {
            submitted.Add(await ana.SubmitOnPaper((await ana.CreateDossier($"Cliente simultâneo {n}")).Id()));
        }

        var verified = await Task.WhenAll(submitted.Select(d => ana.PostOk($"/api/v1/onboarding/{d.Id()}/verify", new { expectedVersion = d.Version() })));

        Assert.Equal(4, verified.Select(v => (string?)v["fields"]!["clientCode"]).Distinct().Count());
        Assert.All(verified, v => Assert.Equal("AreasNotified", (string?)v["state"]));
    }

    [Fact]
    public async Task A_member_of_another_area_is_refused_and_nothing_changes()
    {
        var dossier = await (await server.ClientFor("ana")).Notified();
        var before = await Snapshot(dossier.Id());

        var response = await (await server.ClientFor("otto")).PostAsJsonAsync($"/api/v1/onboarding/{dossier.Id()}/sign-off",
            new { expectedVersion = dossier.Version(), area = "customerService", comment = "Not mine" });

        await AssertProblem(response, HttpStatusCode.Forbidden, "SignOffWrongArea");
        Assert.Equal(before, await Snapshot(dossier.Id()));
    }

    [Fact]
    public async Task The_person_who_verified_may_not_sign_even_for_their_own_area()
    {
        var clara = await server.ClientFor("clara");
        var dossier = await clara.Notified();
        var before = await Snapshot(dossier.Id());

        var response = await clara.PostAsJsonAsync($"/api/v1/onboarding/{dossier.Id()}/sign-off",
            new { expectedVersion = dossier.Version(), area = "customerService" });

        await AssertProblem(response, HttpStatusCode.Forbidden, "SignOffByVerifier");
        Assert.Equal(before, await Snapshot(dossier.Id()));
    }

    [Fact]
    public async Task Signing_a_line_twice_is_refused_and_the_first_signature_stays()
    {
        var dossier = await (await server.ClientFor("ana")).Notified();
        var otto = await server.ClientFor("otto");
        var signed = await otto.PostOk($"/api/v1/onboarding/{dossier.Id()}/sign-off", new { expectedVersion = dossier.Version(), area = "operations", comment = "Route 4" });
        var before = await Snapshot(dossier.Id());

        var again = await otto.PostAsJsonAsync($"/api/v1/onboarding/{dossier.Id()}/sign-off", new { expectedVersion = signed.Version(), area = "operations", comment = "again" });

        await AssertProblem(again, HttpStatusCode.Conflict, "SignOffAlreadySigned");
        Assert.Equal(before, await Snapshot(dossier.Id()));
        Assert.Equal("Route 4", (string?)(await otto.GetJson($"/api/v1/onboarding/{dossier.Id()}/control-sheet"))["lines"]![1]!["comment"]);
    }

    [Fact]
    public async Task Security_must_attach_its_inspection_report_and_a_refused_upload_leaves_no_file()
    {
        var dossier = await (await server.ClientFor("ana")).Notified();
        var sofia = await server.ClientFor("sofia");
        var otto = await server.ClientFor("otto");
        var before = await Snapshot(dossier.Id());

        var withoutReport = await sofia.PostAsJsonAsync($"/api/v1/onboarding/{dossier.Id()}/sign-off", new { expectedVersion = dossier.Version(), area = "security" });
        var reportByWrongArea = await otto.Upload($"/api/v1/onboarding/{dossier.Id()}/sign-off", "report", Report, "inspection.pdf",
            ("expectedVersion", dossier.Version().ToString(System.Globalization.CultureInfo.InvariantCulture)), ("area", "security"));

        await AssertProblem(withoutReport, HttpStatusCode.BadRequest, "inspection report");
        Assert.Equal(HttpStatusCode.Forbidden, reportByWrongArea.StatusCode);
        Assert.Equal(before, await Snapshot(dossier.Id()));
        Assert.False(Directory.Exists(Path.Combine(server.FilesPath, dossier.Id().ToString(System.Globalization.CultureInfo.InvariantCulture)))
            && Directory.EnumerateFiles(Path.Combine(server.FilesPath, dossier.Id().ToString(System.Globalization.CultureInfo.InvariantCulture))).Any());
    }

    [Fact]
    public async Task The_generic_transition_endpoint_cannot_get_around_the_sign_off_rules()
    {
        var clara = await server.ClientFor("clara");
        var dossier = await clara.Notified();

        var response = await clara.Fire(dossier.Id(), "SignOff", dossier.Version(), new { signArea = "customerService" });
        var manual = await (await server.ClientFor("admin")).Fire(dossier.Id(), "Activate", dossier.Version());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("SignOffNotAllowed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, manual.StatusCode);
    }

    [Fact]
    public async Task The_last_signature_makes_the_dossier_Active_in_the_same_transaction_audited_as_the_system()
    {
        var dossier = await (await server.ClientFor("ana")).Notified();
        var id = dossier.Id();
        var version = dossier.Version();
        foreach (var (user, area) in new[] { ("clara", "customerService"), ("otto", "operations"), ("paulo", "processingRoom") })
        {
            var signed = await (await server.ClientFor(user)).PostOk($"/api/v1/onboarding/{id}/sign-off", new { expectedVersion = version, area, comment = $"{area} ok" });
            Assert.Equal("AreasNotified", (string?)signed["state"]);
            version = signed.Version();
        }

        var last = await (await server.ClientFor("sofia")).Upload($"/api/v1/onboarding/{id}/sign-off", "report", Report, "inspection.pdf",
            ("expectedVersion", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("area", "security"), ("comment", "Site approved"));
        Assert.True(last.IsSuccessStatusCode, await last.Content.ReadAsStringAsync());
        var active = await last.Json();

        Assert.Equal("Active", (string?)active["state"]);
        Assert.Equal(version + 2, active.Version());
        var history = (await (await server.ClientFor("ana")).GetJson($"/api/v1/items/{id}/history")).AsArray();
        var signOff = history[^2]!;
        var activate = history[^1]!;
        Assert.Equal(("SignOff", "sofia"), ((string?)signOff["trigger"], (string?)signOff["actor"]));
        Assert.Equal(("Activate", "system", "Active"), ((string?)activate["trigger"], (string?)activate["actor"], (string?)activate["toState"]));
        Assert.Equal((string?)signOff["at"], (string?)activate["at"]);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Report));
        Assert.Equal("sha256:" + sha, (string?)signOff["changes"]!["inspectionReport"]);
        Assert.Equal(Report, await File.ReadAllBytesAsync(Path.Combine(server.FilesPath, id.ToString(System.Globalization.CultureInfo.InvariantCulture), sha)));
        var sheet = await (await server.ClientFor("ana")).GetJson($"/api/v1/onboarding/{id}/control-sheet");
        Assert.All(sheet["lines"]!.AsArray(), l => Assert.NotNull((string?)l!["signedBy"]));
        Assert.Equal(sha, (string?)sheet["lines"]![2]!["reportSha256"]);
        Assert.NotNull((string?)sheet["activatedAt"]);
    }
}
