using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Collections;

public sealed class AgreementsApiTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    private async Task<JsonObject> AgreedCase(HttpClient bruno, string client, string nextDueDate)
    {
        var id = (await bruno.NewCase(client)).Id();
        var version = (await bruno.LogCallOk(id, "agreement"))["itemVersion"]!.GetValue<int>();
        return await bruno.FireOk(id, "AgreePlan", version, new { installments = 3, nextDueDate });
    }

    [Fact]
    public async Task An_installment_unpaid_past_its_due_date_defaults_the_agreement_by_the_system_and_a_paid_one_keeps_it()
    {
        var bruno = await server.ClientFor("bruno");
        var unpaid = await AgreedCase(bruno, "Mercearia Boa Vista", "2026-11-18");
        var paying = await AgreedCase(bruno, "Auto Peças Sul", "2026-11-18");
        var paid = await bruno.FireOk(paying.Id(), "PayInstallment", paying.Version(), new { paymentAmount = 500m });
        Assert.Equal("2026-12-18", (string?)paid["fields"]!["nextDueDate"]);
        Assert.Equal(1m, paid["fields"]!["installmentsPaid"]!.GetValue<decimal>());
        Assert.Equal(1, (await bruno.GetJson("/api/v1/collections/desk"))["installmentsDueToday"]!.GetValue<int>());
        var first = (await bruno.GetJson("/api/v1/collections/portfolio"))["cases"]!.AsArray()[0]!;
        Assert.Equal(unpaid.Id(), first["id"]!.GetValue<long>());
        Assert.True(first["plan"]!["dueToday"]!.GetValue<bool>());

        // The job has ticked several times by now; on its due day an installment may still be paid.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal("InAgreement", (string?)(await bruno.Item(unpaid.Id()))["state"]);

        server.Clock.Advance(TimeSpan.FromHours(2));
        var defaulted = await bruno.WaitForState(unpaid.Id(), "Contacting", TimeSpan.FromSeconds(10));

        Assert.Equal("Contacting", (string?)defaulted["state"]);
        Assert.Equal("bruno", (string?)defaulted["assignee"]);
        var last = (await bruno.GetJson($"/api/v1/items/{unpaid.Id()}/history")).AsArray().Last()!;
        Assert.Equal(("Default", "system"), ((string?)last["trigger"], (string?)last["actor"]));
        Assert.Contains("2026-11-18", (string?)last["note"], StringComparison.Ordinal);
        Assert.Equal("InAgreement", (string?)(await bruno.Item(paying.Id()))["state"]);
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {unpaid.Id()} AND Trigger = 'Default'"));
        Assert.Equal(0, (await bruno.GetJson("/api/v1/collections/desk"))["installmentsDueToday"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_deposit_matched_to_a_case_under_an_agreement_is_one_of_its_installments()
    {
        var bruno = await server.ClientFor("bruno");
        var agreed = await AgreedCase(bruno, "Padaria Central", "2026-12-01");
        var deposit = (await (await bruno.PostAsJsonAsync("/api/v1/collections/deposits", new { amount = 640m, reference = "PIX 99120" })).Json())["id"]!.GetValue<long>();

        var matched = await bruno.PostAsJsonAsync($"/api/v1/collections/deposits/{deposit}/match", new { itemId = agreed.Id() });

        Assert.Equal(System.Net.HttpStatusCode.OK, matched.StatusCode);
        var item = await bruno.Item(agreed.Id());
        Assert.Equal("InAgreement", (string?)item["state"]);
        Assert.Equal(640m, item["fields"]!["recoveredAmount"]!.GetValue<decimal>());
        Assert.Equal("2027-01-01", (string?)item["fields"]!["nextDueDate"]);
        var last = (await bruno.GetJson($"/api/v1/items/{agreed.Id()}/history")).AsArray().Last()!;
        Assert.Equal("PayInstallment", (string?)last["trigger"]);
    }
}
