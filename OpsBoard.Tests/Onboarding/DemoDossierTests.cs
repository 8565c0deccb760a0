using System.Globalization;
using System.Text.Json.Nodes;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Onboarding;

public sealed class DemoDossierTests(OnboardingDemoServer server) : IClassFixture<OnboardingDemoServer>
{
    [Fact]
    public async Task On_the_demo_data_a_dossier_goes_from_SaleClosed_to_Active_through_the_area_sign_offs_its_sheet_has()
    {
        var ana = await server.ClientFor("ana");
        var list = await ana.GetJson("/api/v1/items?type=onboarding&state=SaleClosed");
        var id = list["items"]!.AsArray().First()!.Id();
        var version = 1;
        foreach (var document in OnboardingChecklist.Documents)
        {
            version = (await ana.PostOk($"/api/v1/onboarding/{id}/documents/{document}", new { expectedVersion = version })).Version();
        }
        version = (await ana.FireOk(id, "SubmitDocuments", version)).Version();
        JsonNode dossier = await (await server.ClientFor("carla")).PostOk($"/api/v1/onboarding/{id}/verify", new { expectedVersion = version });

        var lines = (await ana.GetJson($"/api/v1/onboarding/{id}/control-sheet"))["lines"]!.AsArray().Select(l => (string)l!["area"]!).ToList();
        foreach (var (user, area) in new[] { ("clara", "customerService"), ("otto", "operations"), ("paulo", "processingRoom") }.Where(l => lines.Contains(l.Item2)))
        {
            dossier = await (await server.ClientFor(user)).PostOk($"/api/v1/onboarding/{id}/sign-off", new { expectedVersion = dossier.Version(), area });
        }
        var last = await (await server.ClientFor("sofia")).Upload($"/api/v1/onboarding/{id}/sign-off", "report", "%PDF-1.4 vistoria"u8.ToArray(), "vistoria.pdf",
            ("expectedVersion", dossier.Version().ToString(CultureInfo.InvariantCulture)), ("area", "security"));

        Assert.True(last.IsSuccessStatusCode, await last.Content.ReadAsStringAsync());
        Assert.Equal("Active", (string?)(await last.Json())["state"]);
        Assert.True(await server.Scalar("SELECT COUNT(*) FROM Items WHERE Type = 'onboarding'") >= 4);
    }
}
