using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Collections;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Items.Visibility;

/// <summary>The holes the hardening review found, each closed by the one visibility rule; a refused request changes nothing.</summary>
public sealed class VisibilityRegressionTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task An_agent_fires_neither_LogCall_nor_PromiseToPay_on_another_agents_case_through_transitions()
    {
        var bruno = await server.ClientFor("bruno");
        var ana = await server.ClientFor("ana");
        var taken = await bruno.NewCase("Padaria Estrela");
        var id = taken.Id();

        var call = await ana.Fire(id, "LogCall", taken.Version(), new { callOutcome = "noAnswer" });
        var promise = await ana.Fire(id, "PromiseToPay", taken.Version(), new { promiseDate = "2026-12-20", promiseAmount = 100 });

        Assert.Equal(HttpStatusCode.NotFound, call.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, promise.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ana.LogCall(id, "noAnswer")).StatusCode);
        Assert.Equal(taken.Version(), (await bruno.Item(id)).Version());
    }

    [Fact]
    public async Task An_agent_does_not_match_a_deposit_to_another_agents_case()
    {
        var bruno = await server.ClientFor("bruno");
        var ana = await server.ClientFor("ana");
        var taken = await bruno.NewCase("Mercado Boa Vista", amountDue: 300m);
        var deposit = await ana.PostAsJsonAsync("/api/v1/collections/deposits", new { amount = 300m, reference = "PIX BOA VISTA", channel = "PIX" });
        var depositId = (await deposit.Json()).Id();

        var match = await ana.PostAsJsonAsync($"/api/v1/collections/deposits/{depositId}/match", new { itemId = taken.Id() });

        Assert.Equal(HttpStatusCode.NotFound, match.StatusCode);
        Assert.Equal("application/problem+json", match.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM UnidentifiedDeposits WHERE Id = {depositId} AND MatchedItemId IS NULL"));
        Assert.Equal(taken.Version(), (await bruno.Item(taken.Id())).Version());
    }

    [Fact]
    public async Task An_escalated_case_is_for_leads_an_agent_neither_takes_it_nor_sees_it()
    {
        var carla = await server.ClientFor("carla");
        var bruno = await server.ClientFor("bruno");
        var created = await carla.CreateItem("collection", new { client = "Veto Ltda", amountDue = 7000m });
        var called = await carla.FireOk(created.Id(), "LogCall", created.Version(), new { callOutcome = "refused" });
        var escalated = await carla.FireOk(created.Id(), "Escalate", called.Version(), new { escalationKind = "legal", reason = "Refuses to pay" });

        var take = await bruno.PostAsync("/api/v1/queues/collections-escalated/next", null);

        Assert.Equal(HttpStatusCode.NotFound, take.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bruno.GetAsync($"/api/v1/items/{created.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bruno.GetAsync("/api/v1/queues/collections-escalated/items")).StatusCode);
        Assert.DoesNotContain((await bruno.GetJson("/api/v1/queues")).AsArray(), q => (string?)q!["key"] == "collections-escalated");
        Assert.Equal(escalated.Version(), (await carla.Item(created.Id())).Version());
    }

    [Fact]
    public async Task Listing_another_agents_items_shows_no_more_of_their_cases_than_their_portfolio_would()
    {
        var bruno = await server.ClientFor("bruno");
        var ana = await server.ClientFor("ana");
        var taken = await bruno.NewCase("Auto Peças Sul");

        var listed = (await ana.GetJson("/api/v1/items?type=collection&assignee=bruno&pageSize=500"))["items"]!.AsArray();
        var portfolio = await ana.GetAsync("/api/v1/collections/portfolio?agent=bruno");

        Assert.Empty(listed);
        Assert.Equal(HttpStatusCode.Forbidden, portfolio.StatusCode);
        var byLead = (await (await server.ClientFor("carla")).GetJson("/api/v1/items?type=collection&assignee=bruno&pageSize=500"))["items"]!.AsArray();
        Assert.Contains(byLead, i => i!.Id() == taken.Id());
    }

    [Fact]
    public async Task An_unassigned_case_in_the_queue_is_seen_by_the_agents_who_may_take_it()
    {
        var carla = await server.ClientFor("carla");
        var bruno = await server.ClientFor("bruno");
        var created = await carla.CreateItem("collection", new { client = "Fila Aberta SA", amountDue = 50m });

        var queue = (await bruno.GetJson("/api/v1/queues/collections/items?pageSize=500"))["items"]!.AsArray();

        Assert.Contains(queue, i => i!.Id() == created.Id());
        Assert.Equal(HttpStatusCode.OK, (await bruno.GetAsync($"/api/v1/items/{created.Id()}")).StatusCode);
    }

    [Fact]
    public async Task An_agent_may_not_subscribe_to_the_escalated_queue_nor_to_an_item_that_does_not_exist()
    {
        await using var hub = await RawHubClient.ConnectAsync(server.BaseAddress, await server.TokenFor("ana"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => hub.InvokeAsync("Subscribe", "queue:collections-escalated"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => hub.InvokeAsync("Subscribe", "item:987654"));
        await hub.InvokeAsync("Subscribe", "queue:collections");
    }

    [Fact]
    public async Task The_daily_report_stays_for_leads_managers_and_admins()
    {
        var ana = await server.ClientFor("ana");
        var diego = await server.ClientFor("diego");

        Assert.Equal(HttpStatusCode.Forbidden, (await ana.GetAsync("/api/v1/reports/daily")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await diego.GetAsync("/api/v1/reports/daily")).StatusCode);
    }

    [Fact]
    public async Task The_item_page_of_another_agents_case_says_not_found_or_not_yours_and_the_owner_sees_the_case()
    {
        var bruno = await server.ClientFor("bruno");
        var ana = await server.ClientFor("ana");
        var taken = await bruno.NewCase("Ótica Central");

        var toAna = await ana.GetStringAsync($"/items/{taken.Id()}");
        var toBruno = await bruno.GetStringAsync($"/items/{taken.Id()}");

        Assert.Contains("data-test=\"item-not-found\"", toAna, StringComparison.Ordinal);
        Assert.Contains("not yours to see", toAna, StringComparison.Ordinal);
        Assert.DoesNotContain("tica Central", toAna, StringComparison.Ordinal);
        Assert.DoesNotContain("data-test=\"item-not-found\"", toBruno, StringComparison.Ordinal);
        Assert.Contains("tica Central", toBruno, StringComparison.Ordinal);
    }
}
