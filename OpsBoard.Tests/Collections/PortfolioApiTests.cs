using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Collections;

public sealed class PortfolioApiTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    private static async Task<long[]> Ids(HttpClient client, string query = "") =>
        (await client.GetJson($"/api/v1/collections/portfolio{query}"))["cases"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()).ToArray();

    [Fact]
    public async Task The_portfolio_puts_promises_due_today_first_then_the_oldest_contact_and_filters_by_state_days_and_amount()
    {
        var bruno = await server.ClientFor("bruno");
        var small = (await bruno.NewCase("Loja A", amountDue: 1000m, daysOverdue: 10m)).Id();
        var large = (await bruno.NewCase("Loja B", amountDue: 9000m, daysOverdue: 90m)).Id();
        var middle = (await bruno.NewCase("Loja C", amountDue: 5000m, daysOverdue: 45m)).Id();
        await bruno.LogCallOk(small, "noAnswer");
        server.Clock.Advance(TimeSpan.FromMinutes(5));
        var version = (await bruno.LogCallOk(middle, "promise"))["itemVersion"]!.GetValue<int>();

        Assert.Equal([large, small, middle], await Ids(bruno));

        await bruno.FireOk(middle, "PromiseToPay", version, new { promiseDate = "2026-11-18", promiseAmount = 5000 });

        var portfolio = await bruno.GetJson("/api/v1/collections/portfolio");
        Assert.Equal(middle, portfolio["next"]!["id"]!.GetValue<long>());
        Assert.Equal([middle, large, small], await Ids(bruno));
        Assert.Equal([middle, large], await Ids(bruno, "?minDaysOverdue=40"));
        Assert.Equal([large], await Ids(bruno, "?minAmount=6000"));
        Assert.Equal([small], await Ids(bruno, "?maxAmount=2000&maxDaysOverdue=20"));
        Assert.Equal([middle], await Ids(bruno, "?state=Promised"));
        Assert.Equal([large], await Ids(bruno, "?contactedBefore=2026-11-18"));
    }

    [Fact]
    public async Task A_case_in_a_payment_plan_shows_its_installments_and_next_due_date()
    {
        var ana = await server.ClientFor("ana");
        var id = (await ana.NewCase("Construtora Alvorada", amountDue: 12_000m)).Id();
        var version = (await ana.LogCallOk(id, "agreement"))["itemVersion"]!.GetValue<int>();
        await ana.FireOk(id, "AgreePlan", version, new { installments = 6, nextDueDate = "2026-12-05" });

        var row = (await ana.GetJson("/api/v1/collections/portfolio?state=InAgreement"))["cases"]!.AsArray().Single()!;

        Assert.Equal(6, row["plan"]!["installments"]!.GetValue<int>());
        Assert.Equal("2026-12-05", (string?)row["plan"]!["nextDue"]);
        Assert.Equal(0, row["plan"]!["paid"]!.GetValue<int>());
    }

    [Fact]
    public async Task Only_a_lead_may_look_at_another_agents_portfolio()
    {
        var ana = await server.ClientFor("ana");
        var carla = await server.ClientFor("carla");

        Assert.Equal(HttpStatusCode.Forbidden, (await ana.GetAsync("/api/v1/collections/portfolio?agent=bruno")).StatusCode);
        Assert.Equal("bruno", (string?)(await carla.GetJson("/api/v1/collections/portfolio?agent=bruno"))["agent"]);
    }
}
