using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Collections;

public sealed class PromisesApiTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    private async Task<long> PromisedCase(HttpClient bruno, string client, string promiseDate, decimal amount)
    {
        var id = (await bruno.NewCase(client)).Id();
        var version = (await bruno.LogCallOk(id, "promise"))["itemVersion"]!.GetValue<int>();
        await bruno.FireOk(id, "PromiseToPay", version, new { promiseDate, promiseAmount = amount });
        return id;
    }

    [Fact]
    public async Task A_promise_whose_day_has_passed_is_broken_by_the_system_and_the_case_returns_to_the_agent()
    {
        var bruno = await server.ClientFor("bruno");
        var dueToday = await PromisedCase(bruno, "Transportes Araújo", "2026-11-18", 1500m);
        var dueTomorrow = await PromisedCase(bruno, "Café Colômbia Ltda", "2026-11-19", 700m);
        var desk = await bruno.GetJson("/api/v1/collections/desk");
        Assert.Equal(1, desk["promisesDueToday"]!.GetValue<int>());
        Assert.Equal(1500m, desk["promisedToday"]!.GetValue<decimal>());

        // The job has ticked several times by now; on its own day a promise is still kept.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal("Promised", (string?)(await bruno.Item(dueToday))["state"]);

        Assert.Equal(2, await bruno.CallsToday("bruno"));

        server.Clock.Advance(TimeSpan.FromHours(2));
        var broken = await bruno.WaitForState(dueToday, "Contacting", TimeSpan.FromSeconds(10));

        Assert.Equal("Contacting", (string?)broken["state"]);
        Assert.Equal("bruno", (string?)broken["assignee"]);
        Assert.Equal("collections", (string?)broken["queue"]);
        var last = (await bruno.GetJson($"/api/v1/items/{dueToday}/history")).AsArray().Last()!;
        Assert.Equal("PromiseBroken", (string?)last["trigger"]);
        Assert.Equal("system", (string?)last["actor"]);
        Assert.Contains("2026-11-18", (string?)last["note"], StringComparison.Ordinal);
        Assert.Equal("Promised", (string?)(await bruno.Item(dueTomorrow))["state"]);

        var portfolio = await bruno.GetJson("/api/v1/collections/portfolio");
        var cases = portfolio["cases"]!.AsArray();
        Assert.Equal(dueTomorrow, cases[0]!["id"]!.GetValue<long>());
        Assert.True(cases[0]!["promiseDueToday"]!.GetValue<bool>());
        Assert.Contains(cases, c => c!["id"]!.GetValue<long>() == dueToday && (string?)c["state"] == "Contacting");
        var nextDay = await bruno.GetJson("/api/v1/collections/desk");
        Assert.Equal("2026-11-19", (string?)nextDay["day"]);
        Assert.Equal(1, nextDay["promisesDueToday"]!.GetValue<int>());
        Assert.Equal(0, await bruno.CallsToday("bruno"));
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {dueToday} AND Trigger = 'PromiseBroken'"));
    }
}
