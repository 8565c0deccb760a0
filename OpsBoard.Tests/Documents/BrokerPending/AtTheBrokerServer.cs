using System.Net.Http.Json;

namespace OpsBoard.Tests.Documents.BrokerPending;

/// <summary>
/// What the broker holds on Wednesday 2 December 2026, 15:00 in São Paulo: operations sent that
/// morning, returned on Monday and sent on 20 November; a protocol of two stories sent on Thursday 26 November.
/// </summary>
public sealed class AtTheBrokerServer() : PinnedReportServer(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(-3)))
{
    public static DateTimeOffset Now { get; } = new(2026, 12, 2, 15, 0, 0, TimeSpan.FromHours(-3));

    private static DateTimeOffset At(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(-3));

    protected override async Task SeedAsync()
    {
        await AtBroker(At(11, 20, 9), "Enviada em novembro");
        var first = await ReadyStory(At(11, 26, 9), "Cadastro Peña");
        var second = await ReadyStory(At(11, 26, 9), "Cadastro Иванова");
        // The protocol goes out at the clock's time, Thursday 26 November 10:00, and sends its stories with it.
        var sent = await (await SignedIn("ana")).PostAsJsonAsync("/api/v1/protocols", new { storyIds = new[] { first, second } });
        Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync());
        await CreateAt(At(11, 26, 9), "ana", "story", "Cadastro ainda na mesa", new { client = "Mesa" });

        var returned = await AtBroker(At(11, 30, 9), "Devolvida segunda");
        await FireAt(At(11, 30, 11), "bruno", returned, "BrokerReturn", new { reason = "Dados bancários divergentes" });
        await AtBroker(At(12, 2, 9), "Enviada hoje");
        Clock.Advance(Now - Clock.GetUtcNow());
    }

    /// <summary>An operation walked from Received to the broker within the hour after <paramref name="at"/>.</summary>
    private async Task<long> AtBroker(DateTimeOffset at, string title)
    {
        var id = await CreateAt(at, "ana", "operation", title, new { client = "Açaí Ltda", amount = 1000m, currency = "USD" });
        await FireAt(at.AddMinutes(10), "ana", id, "Identify");
        await FireAt(at.AddMinutes(20), "ana", id, "ReceiveProof");
        await FireAt(at.AddMinutes(30), "bruno", id, "ApprovePayment");
        await FireAt(at.AddMinutes(40), "bruno", id, "Close", new { rate = 5.1m, @operator = "ana" });
        await FireAt(at.AddMinutes(60), "ana", id, "SendToBroker", new { brokerReference = $"BR-{id}" });
        return id;
    }

    private async Task<long> ReadyStory(DateTimeOffset at, string title)
    {
        var id = await CreateAt(at, "ana", "story", title, new { client = title, documentsReceived = new[] { "RG", "CPF" } });
        await FireAt(at.AddMinutes(5), "ana", id, "StartReview");
        await FireAt(at.AddMinutes(10), "ana", id, "Approve", note: "Documentos conferidos");
        return id;
    }
}
