using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Sla;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Collections.Deposits;

public sealed class DepositSupportApiTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    private async Task<long> Deposit(HttpClient client, string reference)
    {
        var response = await client.PostAsJsonAsync("/api/v1/collections/deposits", new { amount = 410m, reference, channel = "PayU" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Json()).Id();
    }

    [Fact]
    public async Task A_support_request_is_late_after_three_business_days_on_the_calendar()
    {
        var bruno = await server.ClientFor("bruno");
        var id = await Deposit(bruno, "PIX 88121 SEM NOME");

        var response = await bruno.PostAsJsonAsync($"/api/v1/collections/deposits/{id}/support", new { network = "payu" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var support = (await response.Json())["support"]!;
        Assert.Equal("payu", (string?)support["network"]);
        Assert.Equal("bruno", (string?)support["requestedBy"]);
        Assert.False(support["late"]!.GetValue<bool>());
        var requestedAt = support["requestedAt"]!.GetValue<DateTimeOffset>();
        var dueAt = support["dueAt"]!.GetValue<DateTimeOffset>();
        var calendar = server.Services.GetRequiredService<BusinessCalendar>();
        Assert.Equal(calendar.Length(BusinessDuration.FromDays(3)), calendar.BusinessTimeBetween(requestedAt, dueAt));
        Assert.True(dueAt - requestedAt > TimeSpan.FromDays(3), "Three business days reach past the weekend.");

        server.Clock.Advance(dueAt - server.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        Assert.False(await Late(id));
        server.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await Late(id));
    }

    [Fact]
    public async Task An_unknown_network_is_refused_and_a_second_request_is_a_conflict()
    {
        var bruno = await server.SignedInNow("bruno");
        var id = await Deposit(bruno, "TED 4410 DESCONHECIDO");

        var unknown = await bruno.PostAsJsonAsync($"/api/v1/collections/deposits/{id}/support", new { network = "western" });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Contains("network", (await unknown.Json())["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM UnidentifiedDeposits WHERE Id = {id} AND SupportRequestedAt IS NULL AND Version = 1"));

        Assert.Equal(HttpStatusCode.OK, (await bruno.PostAsJsonAsync($"/api/v1/collections/deposits/{id}/support", new { network = "bank" })).StatusCode);
        var again = await bruno.PostAsJsonAsync($"/api/v1/collections/deposits/{id}/support", new { network = "payu" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM UnidentifiedDeposits WHERE Id = {id} AND SupportNetwork = 'bank' AND Version = 2"));
        Assert.Equal(HttpStatusCode.NotFound, (await bruno.PostAsJsonAsync("/api/v1/collections/deposits/999999/support", new { network = "bank" })).StatusCode);
    }

    private async Task<bool> Late(long id)
    {
        var client = await server.SignedInNow("bruno");
        var deposit = (await client.GetJson("/api/v1/collections/deposits")).AsArray().Single(d => d!["id"]!.GetValue<long>() == id)!;
        return deposit["support"]!["late"]!.GetValue<bool>();
    }
}
