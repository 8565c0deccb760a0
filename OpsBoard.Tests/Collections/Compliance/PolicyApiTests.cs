using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Collections.Compliance;

/// <summary>Plans within the credit policy's bands, and the money a Lead sends back or takes ahead, in the recovered totals.</summary>
public sealed class PolicyApiTests(ComplianceServer server) : IClassFixture<ComplianceServer>
{
    private async Task<(HttpClient Bruno, long Id, int Version)> CalledCase(string client, decimal amountDue)
    {
        server.MoveTo(new DateTimeOffset(2026, 12, 3, 11, 0, 0, TimeSpan.FromHours(-3)));
        var bruno = await server.SignedInNow("bruno");
        var id = (await bruno.NewCase(client, amountDue)).Id();
        var call = await bruno.LogCallOk(id, "agreement");
        return (bruno, id, call["itemVersion"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_plan_outside_its_band_is_refused_for_an_agent_with_the_bands_limits_and_agreed_by_a_lead_with_a_note()
    {
        var (bruno, id, version) = await CalledCase("Plano Longo S.A.", 4800m);
        var plan = new { installments = 12, nextDueDate = "2026-12-20", downPayment = 0m };

        var refused = await bruno.Fire(id, "AgreePlan", version, plan);
        var carla = await server.SignedInNow("carla");
        var withoutNote = await carla.Fire(id, "AgreePlan", version, plan);
        var agreed = await carla.FireOk(id, "AgreePlan", version, new { installments = 12, nextDueDate = "2026-12-20", downPayment = 0m,
            exceptionNote = "Debtor lost his job; board approved" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Json();
        Assert.Equal("PlanOutsidePolicy", (string?)problem["blockedBy"]![0]);
        Assert.Contains("at most 6 installments with at least 10% down", (string?)problem["detail"]);
        Assert.Equal(HttpStatusCode.Conflict, withoutNote.StatusCode);
        Assert.Equal("InAgreement", (string?)agreed["state"]);
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {id} AND Trigger = 'AgreePlan' AND Actor = 'carla' "
            + "AND ChangesJson LIKE '%board approved%'"));
    }

    [Fact]
    public async Task A_plan_within_its_band_is_agreed_by_the_agent_and_an_agents_exception_note_is_not_enough_outside_it()
    {
        var (bruno, id, version) = await CalledCase("Plano Curto Ltda", 1500m);

        var outside = await bruno.Fire(id, "AgreePlan", version, new { installments = 3, nextDueDate = "2026-12-20", downPayment = 200m, exceptionNote = "please" });
        var within = await bruno.FireOk(id, "AgreePlan", version, new { installments = 3, nextDueDate = "2026-12-20", downPayment = 300m });

        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Equal("InAgreement", (string?)within["state"]);
        Assert.Equal(300m, within["fields"]!["downPayment"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task An_advance_adds_to_the_recovered_totals_and_a_refund_takes_back_only_from_a_lead()
    {
        var (bruno, id, version) = await CalledCase("Adianta e Devolve ME", 3000m);
        var carla = await server.SignedInNow("carla");
        var before = await carla.GetJson("/api/v1/collections/desk");
        var goalsBefore = await carla.GetJson("/api/v1/collections/goals");

        var byAgent = await bruno.Fire(id, "RecordAdvance", version, new { advanceAmount = 800m });
        var advanced = await carla.FireOk(id, "RecordAdvance", version, new { advanceAmount = 800m });
        var tooMuch = await carla.Fire(id, "RefundClient", advanced.Version(), new { refundAmount = 900m });
        var refunded = await carla.FireOk(id, "RefundClient", advanced.Version(), new { refundAmount = 150m });
        var after = await carla.GetJson("/api/v1/collections/desk");
        var goalsAfter = await carla.GetJson("/api/v1/collections/goals");

        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, tooMuch.StatusCode);
        Assert.Equal(("Contacting", 650m), ((string?)refunded["state"], refunded["fields"]!["recoveredAmount"]!.GetValue<decimal>()));
        Assert.Equal(before["recoveredToday"]!.GetValue<decimal>() + 650m, after["recoveredToday"]!.GetValue<decimal>());
        Assert.Equal(before["recoveredThisMonth"]!.GetValue<decimal>() + 650m, after["recoveredThisMonth"]!.GetValue<decimal>());
        // The goals count what the desk counts: the analyst's and the desk's progress move by the same 650.
        Assert.Equal(Recovered(goalsBefore, "bruno") + 650m, Recovered(goalsAfter, "bruno"));
        Assert.Equal(goalsBefore["desk"]!["recovered"]!.GetValue<decimal>() + 650m, goalsAfter["desk"]!["recovered"]!.GetValue<decimal>());
    }

    private static decimal Recovered(System.Text.Json.Nodes.JsonNode goals, string analyst) =>
        goals["analysts"]!.AsArray().SingleOrDefault(a => (string?)a!["analyst"] == analyst)?["recovered"]?.GetValue<decimal>() ?? 0m;
}
