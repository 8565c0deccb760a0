using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpsBoard.Collections;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Collections.Goals;

public sealed class GoalsApiTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    [Fact]
    public async Task A_manager_sets_the_desk_and_an_analyst_goal_and_each_change_is_an_audit_row()
    {
        var diego = await server.ClientFor("diego");
        var auditBefore = await server.Scalar("SELECT COUNT(*) FROM AuditLog WHERE Kind = 'setting-change' AND Subject LIKE 'recovery-goal:2026-11%'");

        var response = await diego.PutAsJsonAsync("/api/v1/collections/goals?month=2026-11",
            new { goals = new object[] { new { analyst = (string?)null, amount = 750_000m }, new { analyst = "bruno", amount = 180_000.50m } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var goals = await diego.GetJson("/api/v1/collections/goals?month=2026-11");
        Assert.Equal("2026-11", (string?)goals["month"]);
        Assert.Equal(750_000m, goals["desk"]!["goal"]!.GetValue<decimal>());
        Assert.True(goals["desk"]!["goalSet"]!.GetValue<bool>());
        var bruno = goals["analysts"]!.AsArray().Single(a => (string?)a!["analyst"] == "bruno")!;
        Assert.Equal(180_000.50m, bruno["goal"]!.GetValue<decimal>());
        Assert.Equal(auditBefore + 2, await server.Scalar("SELECT COUNT(*) FROM AuditLog WHERE Kind = 'setting-change' AND Subject LIKE 'recovery-goal:2026-11%'"));
        Assert.Equal(1, await server.Scalar("SELECT COUNT(*) FROM AuditLog WHERE Subject = 'recovery-goal:2026-11:bruno' AND Actor = 'diego' AND Detail LIKE '%180000.5%'"));
        Assert.Equal(750_000m, (await diego.GetJson("/api/v1/collections/desk"))["monthlyGoal"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_goal_set_to_null_is_removed_and_the_desk_falls_back_to_the_configured_goal()
    {
        var diego = await server.ClientFor("diego");
        await diego.PutAsJsonAsync("/api/v1/collections/goals?month=2027-01", new { goals = new[] { new { analyst = (string?)null, amount = (decimal?)90_000m } } });

        var response = await diego.PutAsJsonAsync("/api/v1/collections/goals?month=2027-01", new { goals = new[] { new { analyst = (string?)null, amount = (decimal?)null } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var desk = (await response.Json())["desk"]!;
        Assert.False(desk["goalSet"]!.GetValue<bool>());
        var configured = server.Services.GetRequiredService<IOptions<CollectionsOptions>>().Value.MonthlyRecoveryGoal;
        Assert.Equal(configured, desk["goal"]!.GetValue<decimal>());
        Assert.Equal(0, await server.Scalar("SELECT COUNT(*) FROM RecoveryGoals WHERE Month = '2027-01-01'"));
    }

    [Theory]
    [InlineData("bruno")]
    [InlineData("carla")]
    public async Task Only_a_manager_changes_goals(string user)
    {
        var client = await server.ClientFor(user);
        var before = await server.Scalar("SELECT COUNT(*) FROM RecoveryGoals");

        var response = await client.PutAsJsonAsync("/api/v1/collections/goals?month=2026-12", new { goals = new[] { new { analyst = "bruno", amount = 1m } } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await server.Scalar("SELECT COUNT(*) FROM RecoveryGoals"));
    }

    [Fact]
    public async Task Bad_goals_are_refused_field_by_field_as_problem_json_and_nothing_is_stored()
    {
        var diego = await server.ClientFor("diego");
        var before = await server.Scalar("SELECT COUNT(*) FROM RecoveryGoals");

        var response = await diego.PutAsJsonAsync("/api/v1/collections/goals?month=2026-12",
            new { goals = new object[] { new { analyst = "bruno", amount = 10m }, new { analyst = "zed", amount = -5m }, new { analyst = "bruno", amount = 1.234m } } });
        var badMonth = await diego.GetAsync("/api/v1/collections/goals?month=2026-13");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Json())["errors"]!.AsObject();
        Assert.Contains("goals[1].analyst", errors.Select(e => e.Key));
        Assert.Contains("goals[1].amount", errors.Select(e => e.Key));
        Assert.Contains("goals[2].amount", errors.Select(e => e.Key));
        Assert.Equal(before, await server.Scalar("SELECT COUNT(*) FROM RecoveryGoals"));
        Assert.Equal(HttpStatusCode.BadRequest, badMonth.StatusCode);
        Assert.Contains("month", (await badMonth.Json())["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task A_payment_on_an_analysts_case_counts_toward_their_goal_and_the_desks()
    {
        var bruno = await server.ClientFor("bruno");
        var before = await (await server.ClientFor("diego")).GetJson("/api/v1/collections/goals");
        var id = (await bruno.NewCase("Loja Boa Vista")).Id();
        var version = (await bruno.LogCallOk(id, "promise"))["itemVersion"]!.GetValue<int>();
        var promised = await bruno.FireOk(id, "PromiseToPay", version, new { promiseDate = "2026-11-20", promiseAmount = 640m });

        await bruno.FireOk(id, "PaymentReceived", promised.Version(), new { paymentAmount = 640m });

        var after = await bruno.GetJson("/api/v1/collections/goals");
        decimal Recovered(System.Text.Json.Nodes.JsonNode goals) =>
            goals["analysts"]!.AsArray().Single(a => (string?)a!["analyst"] == "bruno")!["recovered"]!.GetValue<decimal>();
        Assert.Equal(Recovered(before) + 640m, Recovered(after));
        Assert.Equal(before["desk"]!["recovered"]!.GetValue<decimal>() + 640m, after["desk"]!["recovered"]!.GetValue<decimal>());
    }
}
