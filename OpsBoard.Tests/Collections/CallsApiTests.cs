using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Collections;

public sealed class CallsApiTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    [Fact]
    public async Task Every_call_is_a_history_row_and_the_first_moves_the_case_to_Contacting()
    {
        var bruno = await server.ClientFor("bruno");
        var id = (await bruno.NewCase("Marina Albuquerque")).Id();

        var first = await bruno.LogCallOk(id, "noAnswer", "voicemail full");
        var second = await bruno.LogCallOk(id, "wrongNumber");

        Assert.Equal("Contacting", (string?)first["state"]);
        Assert.Equal("Contacting", (string?)second["state"]);
        var calls = (await bruno.GetJson($"/api/v1/items/{id}/calls")).AsArray();
        Assert.Equal(["wrongNumber", "noAnswer"], calls.Select(c => (string?)c!["outcome"]));
        Assert.Equal("voicemail full", (string?)calls[1]!["note"]);
        Assert.All(calls, c => Assert.Equal("bruno", (string?)c!["agent"]));
        Assert.Equal(2, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {id} AND Trigger = 'LogCall'"));
        Assert.Equal(2m, (await bruno.Item(id))["fields"]!["callCount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Each_call_raises_the_agents_count_today_by_exactly_one()
    {
        var bruno = await server.ClientFor("bruno");
        var id = (await bruno.NewCase("João Pereira")).Id();
        var before = await bruno.CallsToday("bruno");

        await bruno.LogCallOk(id, "promise");
        await bruno.LogCallOk(id, "refused");
        await bruno.LogCallOk(id, "other");

        Assert.Equal(before + 3, await bruno.CallsToday("bruno"));
        Assert.Equal(before + 3, await server.Scalar("SELECT COUNT(*) FROM ItemHistory WHERE Trigger = 'LogCall' AND Actor = 'bruno'"));
    }

    [Fact]
    public async Task Calls_logged_at_the_same_moment_on_one_case_are_all_kept()
    {
        var bruno = await server.ClientFor("bruno");
        var carla = await server.ClientFor("carla");
        var id = (await bruno.NewCase("Padaria Pão Quente")).Id();

        var responses = await Task.WhenAll(bruno.LogCall(id, "noAnswer"), carla.LogCall(id, "other"), bruno.LogCall(id, "refused"), carla.LogCall(id, "noAnswer"));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(4m, (await bruno.Item(id))["fields"]!["callCount"]!.GetValue<decimal>());
        Assert.Equal(4, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {id} AND Trigger = 'LogCall'"));
    }

    [Fact]
    public async Task A_call_made_from_an_old_version_of_the_case_is_refused_as_stale()
    {
        var bruno = await server.ClientFor("bruno");
        var item = await bruno.NewCase("Gráfica Rápida");
        await bruno.LogCallOk(item.Id(), "noAnswer");

        var response = await bruno.PostAsJsonAsync($"/api/v1/items/{item.Id()}/calls", new { outcome = "other", expectedVersion = item.Version() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {item.Id()} AND Trigger = 'LogCall'"));
    }

    [Theory]
    [InlineData("busy")]
    [InlineData("")]
    [InlineData(null)]
    public async Task A_call_without_a_known_outcome_is_refused_and_changes_nothing(string? outcome)
    {
        var bruno = await server.ClientFor("bruno");
        var item = await bruno.NewCase("Lucía Fernández");
        var before = await bruno.CallsToday("bruno");

        var response = await bruno.LogCall(item.Id(), outcome!);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await response.Json())["errors"]!["outcome"]);
        Assert.Equal(item.Version(), (await bruno.Item(item.Id())).Version());
        Assert.Equal(before, await bruno.CallsToday("bruno"));
    }

    [Fact]
    public async Task An_agent_may_not_log_a_call_on_another_agents_case_nor_see_it_but_a_lead_may()
    {
        var bruno = await server.ClientFor("bruno");
        var id = (await bruno.NewCase("Clínica São Lucas")).Id();

        var byAna = await (await server.ClientFor("ana")).LogCall(id, "noAnswer");
        var byCarla = await (await server.ClientFor("carla")).LogCall(id, "noAnswer");

        Assert.Equal(HttpStatusCode.NotFound, byAna.StatusCode);
        Assert.Equal("application/problem+json", byAna.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Created, byCarla.StatusCode);
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {id} AND Trigger = 'LogCall'"));
    }

    [Fact]
    public async Task Calls_are_only_for_collection_cases_that_exist()
    {
        var bruno = await server.ClientFor("bruno");
        var claim = await bruno.CreateItem("claim", new { client = "Not a debtor" });

        Assert.Equal(HttpStatusCode.NotFound, (await bruno.LogCall(claim.Id(), "noAnswer")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bruno.LogCall(987654, "noAnswer")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bruno.GetAsync("/api/v1/items/987654/calls")).StatusCode);
    }

    [Fact]
    public async Task A_paid_case_takes_no_more_calls()
    {
        var bruno = await server.ClientFor("bruno");
        var id = (await bruno.NewCase("Easy Carros")).Id();
        var call = await bruno.LogCallOk(id, "promise");
        var promised = await bruno.FireOk(id, "PromiseToPay", call["itemVersion"]!.GetValue<int>(), new { promiseDate = "2026-11-20", promiseAmount = 900 });
        await bruno.FireOk(id, "PaymentReceived", promised.Version(), new { paymentAmount = 900 });

        var response = await bruno.LogCall(id, "other");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Paid", (string?)(await bruno.Item(id))["state"]);
    }

    [Fact]
    public async Task The_daily_target_is_the_teams_and_otherwise_300_with_the_pace_for_the_time_of_day()
    {
        var ana = await server.ClientFor("ana");
        var id = (await ana.NewCase("Distribuidora Ñandú")).Id();
        await ana.LogCallOk(id, "noAnswer");

        var agents = (await ana.GetJson("/api/v1/collections/desk"))["agents"]!.AsArray();

        var bruno = agents.Single(a => (string?)a!["userName"] == "bruno")!;
        var anaRow = agents.Single(a => (string?)a!["userName"] == "ana")!;
        Assert.Equal(120, bruno["target"]!.GetValue<int>());
        Assert.Equal(300, anaRow["target"]!.GetValue<int>());
        // 22:30 in São Paulo: the working day is over, so the whole target was due by now.
        Assert.Equal(300, anaRow["expectedByNow"]!.GetValue<int>());
        Assert.Equal("Behind", (string?)anaRow["pace"]);
    }

    [Fact]
    public async Task Escalating_a_case_needs_a_lead()
    {
        var bruno = await server.ClientFor("bruno");
        var id = (await bruno.NewCase("Оптторг ООО")).Id();
        var version = (await bruno.LogCallOk(id, "refused"))["itemVersion"]!.GetValue<int>();
        var escalation = new { escalationKind = "legal", reason = "refuses to pay" };

        var byAgent = await bruno.Fire(id, "Escalate", version, escalation);
        var byLead = await (await server.ClientFor("carla")).FireOk(id, "Escalate", version, escalation);

        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal("Escalated", (string?)byLead["state"]);
        Assert.Equal("collections-escalated", (string?)byLead["queue"]);
    }
}
