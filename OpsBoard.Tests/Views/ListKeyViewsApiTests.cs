using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Views;

public sealed class ListKeyViewsApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task A_view_saved_on_the_portfolio_shows_on_the_portfolio_only_and_the_clients_list_keeps_its_own()
    {
        var carla = await server.ClientFor("carla");
        var portfolio = await carla.PostAsJsonAsync("/api/v1/views", new
        {
            list = "portfolio", name = "Big and old", filters = new { agent = "all", minAmount = "5000", minDaysOverdue = "60" }, shared = true,
        });
        var clients = await carla.PostAsJsonAsync("/api/v1/views", new { list = "clients", name = "VIPs", filters = new { segment = "vip" } });
        var wrongFilter = await carla.PostAsJsonAsync("/api/v1/views", new { list = "clients", name = "By amount", filters = new { minAmount = "1" } });

        var onPortfolio = (await carla.GetJson("/api/v1/views?list=portfolio")).AsArray();
        var onClients = (await carla.GetJson("/api/v1/views?list=clients")).AsArray();
        var onQueues = (await carla.GetJson("/api/v1/views?list=queues")).AsArray();

        Assert.Equal(HttpStatusCode.Created, portfolio.StatusCode);
        Assert.Equal(HttpStatusCode.Created, clients.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongFilter.StatusCode);
        var saved = Assert.Single(onPortfolio, v => (string?)v!["name"] == "Big and old")!;
        Assert.Equal("5000", (string?)saved["filters"]!["minAmount"]);
        Assert.DoesNotContain(onPortfolio, v => (string?)v!["name"] == "VIPs");
        Assert.Single(onClients, v => (string?)v!["name"] == "VIPs");
        Assert.DoesNotContain(onClients, v => (string?)v!["name"] == "Big and old");
        Assert.DoesNotContain(onQueues, v => (string?)v!["name"] == "Big and old" || (string?)v!["name"] == "VIPs");
    }
}
