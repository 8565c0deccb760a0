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

    [Fact]
    public async Task Matching_a_deposit_ends_its_support_clock_and_a_matched_deposit_takes_no_request()
    {
        var bruno = await server.SignedInNow("bruno");
        var waited = await Deposit(bruno, "PIX 7001 SUPORTE PEDIDO");
        var known = await Deposit(bruno, "PIX 7002 JA IDENTIFICADO");
        Assert.Equal(HttpStatusCode.OK, (await bruno.PostAsJsonAsync($"/api/v1/collections/deposits/{waited}/support", new { network = "openpay" })).StatusCode);

        await Match(bruno, waited, await PromisedCase(bruno, "Suporte Pago Ltda"));
        await Match(bruno, known, await PromisedCase(bruno, "Outro Pagador Ltda"));
        var refused = await bruno.PostAsJsonAsync($"/api/v1/collections/deposits/{known}/support", new { network = "bank" });
        server.Clock.Advance(TimeSpan.FromDays(10));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await server.Scalar($"SELECT COUNT(*) FROM UnidentifiedDeposits WHERE Id = {known} AND SupportRequestedAt IS NULL"));
        var all = (await (await server.SignedInNow("bruno")).GetJson("/api/v1/collections/deposits?status=all")).AsArray();
        var support = all.Single(d => d!["id"]!.GetValue<long>() == waited)!["support"]!;
        Assert.Equal("openpay", (string?)support["network"]);
        Assert.False(support["late"]!.GetValue<bool>(), "A matched deposit waits on nothing, however long ago its supports were asked.");
    }

    private async Task<long> PromisedCase(HttpClient bruno, string client)
    {
        var id = (await bruno.NewCase(client, amountDue: 410m)).Id();
        var version = (await bruno.LogCallOk(id, "promise"))["itemVersion"]!.GetValue<int>();
        var day = DateOnly.FromDateTime(server.Clock.GetUtcNow().UtcDateTime).AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await bruno.FireOk(id, "PromiseToPay", version, new { promiseDate = day, promiseAmount = 410m });
        return id;
    }

    private static async Task Match(HttpClient client, long deposit, long itemId)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/collections/deposits/{deposit}/match", new { itemId });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<bool> Late(long id)
    {
        var client = await server.SignedInNow("bruno");
        var deposit = (await client.GetJson("/api/v1/collections/deposits")).AsArray().Single(d => d!["id"]!.GetValue<long>() == id)!;
        return deposit["support"]!["late"]!.GetValue<bool>();
    }
}
