using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Turns;
using static OpsBoard.Tests.Turns.TurnsServer;

namespace OpsBoard.Tests.Turns;

public sealed class PartyTimeQueryTests(TurnsServer server) : IClassFixture<TurnsServer>
{
    [Fact]
    public async Task A_period_counts_the_items_touched_in_it_and_those_left_waiting_on_the_client_since_before_it()
    {
        // Waits on the client from Monday 16 at 10:00 and is never touched again.
        var untouched = await server.CreateAt(At(16, 9), "ana", "story", "Cadastro parado", new { client = "Parado" });
        await server.FireAt(At(16, 9), "ana", untouched, "StartReview");
        await server.FireAt(At(16, 10), "ana", untouched, "RequestDocuments", new { missingDocuments = new[] { "RG" } });
        // Waits on the client from Monday 12:00 until Wednesday 18 at 10:00, then is the desk's again.
        var back = await server.CreateAt(At(16, 9), "ana", "story", "Cadastro de volta", new { client = "De Volta" });
        await server.FireAt(At(16, 10), "ana", back, "StartReview");
        await server.FireAt(At(16, 12), "ana", back, "RequestDocuments", new { missingDocuments = new[] { "CPF" } });
        await server.FireAt(At(18, 10), "ana", back, "DocumentsReceived", new { documentsReceived = new[] { "CPF" } });

        using var scope = server.Services.CreateScope();
        var split = await scope.ServiceProvider.GetRequiredService<PartyTimeQuery>().LoadAsync(At(17, 0), At(19, 0));

        var stories = split.Single(w => w.Type == "story");
        // Tuesday and Wednesday: the untouched story is the client's for 18 hours; the other for 10, then 8 desk hours.
        Assert.Equal(TimeSpan.FromHours(8), stories.Times.Desk);
        Assert.Equal(TimeSpan.FromHours(28), stories.Times.Client);
        Assert.Equal(TimeSpan.Zero, stories.Times.Broker);
        Assert.Equal(0, stories.BrokerLate);
    }
}
