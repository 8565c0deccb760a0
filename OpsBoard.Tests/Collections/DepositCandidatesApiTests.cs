using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Collections;

public sealed class DepositCandidatesApiTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    private static async Task<long> PromisedCase(HttpClient agent, string client, decimal amount)
    {
        var id = (await agent.NewCase(client, amountDue: amount * 2)).Id();
        var version = (await agent.LogCallOk(id, "promise"))["itemVersion"]!.GetValue<int>();
        await agent.FireOk(id, "PromiseToPay", version, new { promiseDate = "2026-11-19", promiseAmount = amount });
        return id;
    }

    private static async Task<long> Deposit(HttpClient client, decimal amount, string reference)
    {
        var response = await client.PostAsJsonAsync("/api/v1/collections/deposits", new { amount, reference, channel = "PIX" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Json()).Id();
    }

    private static async Task<List<long>> Candidates(HttpClient client, long deposit, string? q = null) =>
        [.. (await client.GetJson($"/api/v1/collections/deposits/{deposit}/candidates?q={Uri.EscapeDataString(q ?? string.Empty)}")).AsArray()
            .Select(c => c!["id"]!.GetValue<long>())];

    [Fact]
    public async Task The_case_the_reference_names_comes_first_then_the_closest_amounts()
    {
        var bruno = await server.ClientFor("bruno");
        var far = await PromisedCase(bruno, "Quixada Transportes", 9100m);
        var close = await PromisedCase(bruno, "Juazeiro Logistica", 730m);
        var named = await PromisedCase(bruno, "Sobral Pecas", 5000m);
        var deposit = await Deposit(bruno, 731m, "TED 5521 SOBRAL PECAS LTDA");

        var found = await Candidates(bruno, deposit);

        Assert.Equal(named, found[0]);
        Assert.True(found.IndexOf(close) < found.IndexOf(far));
    }

    [Fact]
    public async Task Cases_are_found_by_amount_typed_or_by_client_and_a_case_that_cannot_take_a_payment_is_not_offered()
    {
        var bruno = await server.ClientFor("bruno");
        var promised = await PromisedCase(bruno, "Crateus Moveis", 412.5m);
        var contacting = (await bruno.NewCase("Crateus Moveis Filial")).Id();
        await bruno.LogCallOk(contacting, "noAnswer");
        var deposit = await Deposit(bruno, 412.5m, "PIX 0091");

        var byClient = await Candidates(bruno, deposit, "Crateus");
        var byAmount = await Candidates(bruno, deposit, "412.50");
        var byNumber = await Candidates(bruno, deposit, promised.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal([promised], byClient);
        Assert.Contains(promised, byAmount);
        Assert.DoesNotContain(contacting, byAmount);
        Assert.Equal(promised, byNumber[0]);
    }

    [Fact]
    public async Task Candidates_of_a_deposit_that_does_not_exist_are_a_problem()
    {
        var bruno = await server.ClientFor("bruno");

        var response = await bruno.GetAsync("/api/v1/collections/deposits/999999/candidates");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
