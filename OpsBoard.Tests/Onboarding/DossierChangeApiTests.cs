using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Onboarding;

public sealed class DossierChangeApiTests(OnboardingServer server) : IClassFixture<OnboardingServer>
{
    private async Task<JsonNode> Dossier(long id) => await (await server.ClientFor("ana")).GetJson($"/api/v1/items/{id}");

    private static async Task AssertRefused(HttpResponseMessage response, HttpStatusCode status, string text)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(text, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_of_an_active_client_waits_for_Operations_and_applies_in_one_history_row_once_approved()
    {
        var active = await server.Active("Farmácia Boa Vida");
        var id = active.Id();
        var ana = await server.ClientFor("ana");
        var otto = await server.ClientFor("otto");

        var asked = await ana.PostOk($"/api/v1/onboarding/{id}/changes",
            new { expectedVersion = active.Version(), changeSummary = "Client asked for two visits a week", changes = new { serviceFrequency = "Twice a week" } });
        var second = await ana.PostAsJsonAsync($"/api/v1/onboarding/{id}/changes",
            new { expectedVersion = asked.Version(), changeSummary = "Another", changes = new { conditions = "Night only" } });
        var byCustomerService = await (await server.ClientFor("clara")).PostAsJsonAsync($"/api/v1/onboarding/{id}/changes/approve", new { expectedVersion = asked.Version() });
        var waiting = await Dossier(id);
        var approved = await otto.PostOk($"/api/v1/onboarding/{id}/changes/approve", new { expectedVersion = asked.Version() });

        Assert.Equal(("Daily", "ana"), ((string?)waiting["fields"]!["serviceFrequency"], (string?)waiting["fields"]!["changeRequestedBy"]));
        await AssertRefused(second, HttpStatusCode.Conflict, "ChangeAlreadyPending");
        Assert.Equal(HttpStatusCode.Forbidden, byCustomerService.StatusCode);
        Assert.Equal(("Twice a week", "Active"), ((string?)approved["fields"]!["serviceFrequency"], (string?)approved["state"]));
        Assert.Null((string?)approved["fields"]!["proposedChange"]);
        Assert.Equal(asked.Version() + 1, approved.Version());
        var history = (await ana.GetJson($"/api/v1/items/{id}/history")).AsArray();
        Assert.Equal(("ApproveChange", "otto", "Twice a week"),
            ((string?)history[^1]!["trigger"], (string?)history[^1]!["actor"], (string?)history[^1]!["changes"]!["serviceFrequency"]));
    }

    [Fact]
    public async Task A_rejected_change_leaves_the_client_as_it_was_and_keeps_the_reason()
    {
        var active = await server.Active("Padaria Aurora");
        var id = active.Id();
        var otto = await server.ClientFor("otto");
        var asked = await (await server.ClientFor("ana")).PostOk($"/api/v1/onboarding/{id}/changes",
            new { expectedVersion = active.Version(), changeSummary = "Night service", changes = new { conditions = "Night only" } });

        var withoutReason = await otto.PostAsJsonAsync($"/api/v1/onboarding/{id}/changes/reject", new { expectedVersion = asked.Version() });
        var rejected = await otto.PostOk($"/api/v1/onboarding/{id}/changes/reject", new { expectedVersion = asked.Version(), reason = "No night crew on that route" });
        var approveAfter = await otto.PostAsJsonAsync($"/api/v1/onboarding/{id}/changes/approve", new { expectedVersion = rejected.Version() });

        await AssertRefused(withoutReason, HttpStatusCode.BadRequest, "rejectionReason");
        Assert.Null((string?)rejected["fields"]!["conditions"]);
        Assert.Null((string?)rejected["fields"]!["proposedChange"]);
        Assert.Equal("No night crew on that route", (string?)rejected["fields"]!["rejectionReason"]);
        await AssertRefused(approveAfter, HttpStatusCode.Conflict, "NoChangePending");
    }

    [Fact]
    public async Task A_new_address_needs_a_new_Security_study_before_Operations_may_approve()
    {
        var active = await server.Active("Oficina Central");
        var id = active.Id();
        var otto = await server.ClientFor("otto");
        var asked = await (await server.ClientFor("ana")).PostOk($"/api/v1/onboarding/{id}/changes",
            new { expectedVersion = active.Version(), changeSummary = "Moved", changes = new { address = "Rua Nova 99" } });

        var tooEarly = await otto.PostAsJsonAsync($"/api/v1/onboarding/{id}/changes/approve", new { expectedVersion = asked.Version() });
        var unchanged = await Dossier(id);
        var studied = await (await server.ClientFor("sofia")).Upload($"/api/v1/onboarding/{id}/changes/study", "study", ActiveDossierSteps.Report, "study.pdf",
            ("expectedVersion", asked.Version().ToString(CultureInfo.InvariantCulture)));
        Assert.True(studied.IsSuccessStatusCode, await studied.Content.ReadAsStringAsync());
        var approved = await otto.PostOk($"/api/v1/onboarding/{id}/changes/approve", new { expectedVersion = (await studied.Json()).Version() });

        Assert.True((bool?)asked["fields"]!["studyNeeded"]);
        await AssertRefused(tooEarly, HttpStatusCode.Conflict, "ChangeStudyRequired");
        Assert.Equal("Rua Augusta 500", (string?)unchanged["fields"]!["address"]);
        Assert.Equal("Rua Nova 99", (string?)approved["fields"]!["address"]);
    }

    [Fact]
    public async Task A_change_flagged_for_a_study_waits_for_Security_and_cannot_bypass_Operations_through_the_generic_move()
    {
        var active = await server.Active("Hotel Mar");
        var id = active.Id();
        var ana = await server.ClientFor("ana");

        var direct = await ana.Fire(id, "Update", active.Version(), new { changeSummary = "Direct", address = "Elsewhere" });
        var asked = await ana.PostOk($"/api/v1/onboarding/{id}/changes",
            new { expectedVersion = active.Version(), changeSummary = "Cash pickup", changes = new { servicesRequested = "Cash pickup" }, studyNeeded = true });
        var tooEarly = await (await server.ClientFor("otto")).PostAsJsonAsync($"/api/v1/onboarding/{id}/changes/approve", new { expectedVersion = asked.Version() });

        Assert.Equal(HttpStatusCode.BadRequest, direct.StatusCode);
        Assert.Equal("Rua Augusta 500", (string?)(await Dossier(id))["fields"]!["address"]);
        await AssertRefused(tooEarly, HttpStatusCode.Conflict, "ChangeStudyRequired");
        Assert.Null((string?)(await Dossier(id))["fields"]!["servicesRequested"]);
    }
}
