using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Clients;

public sealed class ClientLinksApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task An_item_for_a_client_spelled_another_way_joins_the_client_already_there()
    {
        var bruno = await server.ClientFor("bruno");
        var tag = ClientsKit.Tag();
        var first = await bruno.CreateItem("claim", new { client = $"Têxtil {tag} Ltda" });
        var clients = await server.Scalar("SELECT COUNT(*) FROM Clients");

        var second = await bruno.CreateItem("operation", new { client = $"TEXTIL {tag.ToLowerInvariant()} LTDA.", amount = 1200m });

        Assert.Equal(first.ClientId(), second.ClientId());
        Assert.Equal(clients, await server.Scalar("SELECT COUNT(*) FROM Clients"));
        Assert.Equal(new[] { first.Id(), second.Id() }, (await bruno.ItemIdsOf(first.ClientId())).Order());
    }

    [Fact]
    public async Task An_item_for_a_name_nobody_has_yet_registers_its_client_with_a_code_of_its_own()
    {
        var bruno = await server.ClientFor("bruno");
        var tag = ClientsKit.Tag();

        var item = await bruno.CreateItem("story", new { client = $"Widgets {tag} LLC", clientType = "company" });

        var client = (await bruno.GetJson($"/api/v1/clients/{item.ClientId()}"))["client"]!;
        Assert.Equal($"Widgets {tag} LLC", client["name"]!.GetValue<string>());
        Assert.Equal($"CLI-{item.ClientId():D6}", client["code"]!.GetValue<string>());
        Assert.Equal("company", client["segment"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_item_created_for_a_chosen_client_belongs_to_it_whatever_its_client_field_says()
    {
        var carla = await server.ClientFor("carla");
        var chosen = (await carla.RegisterClient(new { name = $"Chosen {ClientsKit.Tag()}", segment = "vip" })).Id();

        var item = await carla.CreateItemFor(chosen, "claim", new { client = "Someone Else Entirely" });

        Assert.Equal(chosen, item.ClientId());
        Assert.Equal(0, await server.Scalar("SELECT COUNT(*) FROM Clients WHERE Name = 'Someone Else Entirely'"));
    }

    [Fact]
    public async Task An_item_for_a_client_that_does_not_exist_is_refused_and_nothing_is_written()
    {
        var bruno = await server.ClientFor("bruno");
        var items = await server.Scalar("SELECT COUNT(*) FROM Items");
        var history = await server.Scalar("SELECT COUNT(*) FROM ItemHistory");
        var clients = await server.Scalar("SELECT COUNT(*) FROM Clients");

        var response = await bruno.PostAsJsonAsync("/api/v1/items", new { type = "claim", title = "Nobody's", fields = new { client = "Ghost" }, clientId = 987654321 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await response.Json())["errors"]!["clientId"]);
        Assert.Equal(items, await server.Scalar("SELECT COUNT(*) FROM Items"));
        Assert.Equal(history, await server.Scalar("SELECT COUNT(*) FROM ItemHistory"));
        Assert.Equal(clients, await server.Scalar("SELECT COUNT(*) FROM Clients"));
    }

    [Fact]
    public async Task The_limit_the_broker_approves_on_a_story_becomes_the_clients_limit()
    {
        var carla = await server.ClientFor("carla");
        var story = await carla.CreateItem("story", new { client = $"Limits {ClientsKit.Tag()}" });
        var version = story.Version();
        version = (await carla.FireOk(story.Id(), "StartReview", version)).Version();
        version = (await carla.FireOk(story.Id(), "Approve", version)).Version();
        version = (await carla.FireOk(story.Id(), "SendToBroker", version, new { protocolNumber = "77" })).Version();

        await carla.FireOk(story.Id(), "BrokerApprove", version, new { approvedLimit = 250000m });

        var limit = (await carla.GetJson($"/api/v1/clients/{story.ClientId()}"))["client"]!["approvedLimit"]!;
        Assert.Equal(250000m, limit["amount"]!.GetValue<decimal>());
        Assert.Equal("BRL", limit["currency"]!.GetValue<string>());
        Assert.Equal("carla", limit["setBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_verified_dossier_gives_its_client_the_onboarding_code_in_place_of_the_generated_one()
    {
        var carla = await server.ClientFor("carla");
        var name = $"Dossiê {ClientsKit.Tag()} Ltda";
        var earlier = await carla.CreateItem("claim", new { client = name });
        Assert.StartsWith("CLI-", (await carla.GetJson($"/api/v1/clients/{earlier.ClientId()}"))["client"]!["code"]!.GetValue<string>(), StringComparison.Ordinal);

        var verified = await carla.Notified(name);

        var code = verified["fields"]!["clientCode"]!.GetValue<string>();
        Assert.Equal(earlier.ClientId(), verified.ClientId());
        Assert.Equal(code, (await carla.GetJson($"/api/v1/clients/{earlier.ClientId()}"))["client"]!["code"]!.GetValue<string>());
    }
}
