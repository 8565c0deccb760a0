using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Collections.Compliance;

public sealed class CallComplianceApiTests(ComplianceServer server) : IClassFixture<ComplianceServer>
{
    private static readonly TimeSpan SaoPaulo = TimeSpan.FromHours(-3);

    private Task<HttpResponseMessage> CallWithException(HttpClient client, long id, string note) =>
        client.PostAsJsonAsync($"/api/v1/items/{id}/calls", new { outcome = "noAnswer", exceptionNote = note });

    private Task<long> CallsOn(long id) => server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {id} AND Trigger = 'LogCall'");

    [Fact]
    public async Task A_call_outside_the_window_is_refused_with_the_reason_and_a_lead_may_allow_it_with_an_exception_note()
    {
        var at = server.MoveTo(new DateTimeOffset(2026, 12, 2, 21, 30, 0, SaoPaulo));
        var bruno = await server.SignedInNow("bruno");
        var id = (await bruno.NewCase("Horário Proibido Ltda")).Id();

        var refused = await bruno.LogCall(id, "noAnswer");
        var agentException = await CallWithException(bruno, id, "he asked to be called late");
        var carla = await server.SignedInNow("carla");
        var allowed = await CallWithException(carla, id, "debtor asked for a call after work");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Json();
        Assert.Equal("CallOutsideWindow", (string?)problem["blockedBy"]![0]);
        // The reason gives the window and when calling opens again: 08:00 the next morning.
        var detail = (string?)problem["detail"];
        Assert.Contains("8:00", detail);
        Assert.Contains("Mon–Sat", detail);
        Assert.Contains(at.AddDays(1).ToString("M/d/yyyy", System.Globalization.CultureInfo.InvariantCulture), detail);
        Assert.Equal(HttpStatusCode.Forbidden, agentException.StatusCode);
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
        Assert.Equal(1, await CallsOn(id));
        var row = await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {id} AND Trigger = 'LogCall' AND Actor = 'carla' "
            + "AND ChangesJson LIKE '%debtor asked for a call after work%'");
        Assert.Equal(1, row);
    }

    [Fact]
    public async Task The_fourth_call_of_the_day_to_one_debtor_is_refused_until_the_next_calling_day()
    {
        server.MoveTo(new DateTimeOffset(2026, 12, 5, 10, 0, 0, SaoPaulo));
        var bruno = await server.SignedInNow("bruno");
        var id = (await bruno.NewCase("Liga Sempre Comércio")).Id();
        for (var n = 0; n < 3; n++)
        {
            await bruno.LogCallOk(id, "noAnswer");
        }

        var fourth = await bruno.LogCall(id, "noAnswer");
        var check = await bruno.GetJson($"/api/v1/items/{id}/call-check");

        Assert.Equal(HttpStatusCode.Conflict, fourth.StatusCode);
        Assert.Equal("CallAttemptsExceeded", (string?)(await fourth.Json())["blockedBy"]![0]);
        Assert.Equal(3, await CallsOn(id));
        Assert.False(check["allowed"]!.GetValue<bool>());
        Assert.Equal(3, check["attemptsToday"]!.GetValue<int>());
        // A Saturday: Sunday is no calling day, so the next call is Monday at 08:00.
        var next = check["nextAllowedAt"]!.GetValue<DateTimeOffset>();
        Assert.Equal((DayOfWeek.Monday, new TimeSpan(8, 0, 0)), (next.ToOffset(SaoPaulo).DayOfWeek, next.ToOffset(SaoPaulo).TimeOfDay));
    }

    [Fact]
    public async Task The_window_is_read_on_the_debtors_clock_not_the_desks()
    {
        var at = server.MoveTo(new DateTimeOffset(2026, 12, 3, 8, 30, 0, SaoPaulo));
        var bruno = await server.SignedInNow("bruno");
        var manaus = (await bruno.CreateItem("collection", new { client = "Cliente de Manaus", amountDue = 900m, timeZone = "America/Manaus" })).Id();
        var local = (await bruno.CreateItem("collection", new { client = "Cliente Paulista", amountDue = 900m })).Id();

        var manausCheck = await bruno.GetJson($"/api/v1/items/{manaus}/call-check");
        var localCheck = await bruno.GetJson($"/api/v1/items/{local}/call-check");

        // 08:30 in São Paulo is 07:30 in Manaus: the debtor's window opens in half an hour.
        Assert.False(manausCheck["allowed"]!.GetValue<bool>());
        Assert.Equal("CallOutsideWindow", (string?)manausCheck["reason"]);
        Assert.Equal("America/Manaus", (string?)manausCheck["timeZone"]);
        Assert.Equal(at.AddMinutes(30), manausCheck["nextAllowedAt"]!.GetValue<DateTimeOffset>());
        Assert.True(localCheck["allowed"]!.GetValue<bool>());
        Assert.Null(localCheck["reason"]);
    }

    [Fact]
    public async Task A_case_with_an_unknown_time_zone_is_refused_and_a_check_of_a_case_one_may_not_see_is_not_found()
    {
        var bruno = await server.SignedInNow("bruno");
        var id = (await bruno.NewCase("Cliente Escondido")).Id();

        var created = await bruno.PostAsJsonAsync("/api/v1/items",
            new { type = "collection", title = "Debt", fields = new { client = "Zona Errada", amountDue = 100m, timeZone = "Mars/Olympus" } });
        var byAna = await (await server.SignedInNow("ana")).GetAsync($"/api/v1/items/{id}/call-check");

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.NotNull((await created.Json())["errors"]!["timeZone"]);
        Assert.Equal(HttpStatusCode.NotFound, byAna.StatusCode);
    }
}
