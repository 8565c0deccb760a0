using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Collections.Keeping;

public sealed class KeepingApiTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    [Fact]
    public async Task A_month_of_promises_and_agreements_gives_each_agent_and_the_desk_their_keeping_rates()
    {
        var ana = await server.ClientFor("ana");
        // Promises: one paid, one whose day passes, one for next week.
        var kept = await Promised(ana, "Mercado Sol", "2026-11-19");
        await ana.FireOk(kept.Id, "PaymentReceived", kept.Version, new { paymentAmount = 300m });
        var broken = await Promised(ana, "Oficina Norte", "2026-11-18");
        await Promised(ana, "Bazar Lua", "2026-11-25");
        // Agreements: one paid off, one whose installment goes unpaid, one still running.
        var completed = await Agreed(ana, "Farmácia Vida", 1, "2026-11-30");
        await ana.FireOk(completed.Id, "PayInstallment", completed.Version, new { paymentAmount = 900m });
        var defaulted = await Agreed(ana, "Pet Shop Bicho", 3, "2026-11-18");
        await Agreed(ana, "Gráfica Tinta", 6, "2026-11-28");

        // Midnight passes: the watch breaks the promise and defaults the agreement as the system.
        server.Clock.Advance(TimeSpan.FromHours(2));
        var fresh = await server.SignedInNow("ana");
        Assert.Equal("Contacting", (string?)(await fresh.WaitForState(broken.Id, "Contacting", TimeSpan.FromSeconds(20)))["state"]);
        Assert.Equal("Contacting", (string?)(await fresh.WaitForState(defaulted.Id, "Contacting", TimeSpan.FromSeconds(20)))["state"]);
        var keeping = await fresh.GetJson("/api/v1/collections/keeping?month=2026-11");

        var line = keeping["agents"]!.AsArray().Single(a => (string?)a!["userName"] == "ana")!;
        AssertCounts(line["promises"]!, made: 3, kept: 1, broken: 1, open: 1, rate: 0.5m);
        var agreements = line["agreements"]!;
        Assert.Equal([3, 1, 1, 1], new[] { "made", "completed", "defaulted", "running" }.Select(k => agreements[k]!.GetValue<int>()));
        Assert.Equal(0.6667m, agreements["rate"]!.GetValue<decimal>());
        Assert.Null(keeping["desk"]!["userName"]);
        Assert.Equal(3, keeping["desk"]!["promises"]!["made"]!.GetValue<int>());
        Assert.Empty((await fresh.GetJson("/api/v1/collections/keeping?month=2026-10"))["agents"]!.AsArray());
    }

    private static void AssertCounts(JsonNode counts, int made, int kept, int broken, int open, decimal rate)
    {
        Assert.Equal([made, kept, broken, open], new[] { "made", "kept", "broken", "open" }.Select(k => counts[k]!.GetValue<int>()));
        Assert.Equal(rate, counts["rate"]!.GetValue<decimal>());
    }

    private static async Task<(long Id, int Version)> Promised(HttpClient agent, string client, string date)
    {
        var id = (await agent.NewCase(client)).Id();
        var version = (await agent.LogCallOk(id, "promise"))["itemVersion"]!.GetValue<int>();
        return (id, (await agent.FireOk(id, "PromiseToPay", version, new { promiseDate = date, promiseAmount = 300m })).Version());
    }

    private static async Task<(long Id, int Version)> Agreed(HttpClient agent, string client, int installments, string nextDueDate)
    {
        var id = (await agent.NewCase(client)).Id();
        var version = (await agent.LogCallOk(id, "agreement"))["itemVersion"]!.GetValue<int>();
        return (id, (await agent.FireOk(id, "AgreePlan", version, new { installments, nextDueDate })).Version());
    }
}
