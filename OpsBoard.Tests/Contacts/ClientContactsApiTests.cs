using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Clients;
using OpsBoard.Tests.Collections;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Contacts;

/// <summary>The contacts logged on a client's items, as its page lists them: across desks, newest first, only on items the reader may see.</summary>
public sealed class ClientContactsApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task A_clients_contacts_span_its_desks_newest_first_and_leave_out_items_the_reader_may_not_see()
    {
        var name = $"Contato {ClientsKit.Tag()}";
        var bruno = await server.ClientFor("bruno");
        var debt = await bruno.NewCase(name);
        var carla = await server.ClientFor("carla");
        var claim = await carla.CreateItemFor(debt.ClientId(), "claim", new { client = name }, "Broken screen");
        await Log(bruno, debt.Id(), new { channel = "phone", direction = "out", outcome = "promise", note = "pays Friday" });
        await Log(carla, claim.Id(), new { channel = "whatsapp", direction = "in", outcome = "sent photos" });

        var lead = await carla.GetJson($"/api/v1/clients/{debt.ClientId()}/contacts");
        var other = await (await server.ClientFor("ana")).GetJson($"/api/v1/clients/{debt.ClientId()}/contacts");
        var unknown = await carla.GetAsync("/api/v1/clients/999999999/contacts");

        Assert.Equal([(claim.Id(), "whatsapp", "Broken screen"), (debt.Id(), "phone", $"Debt — {name}")],
            lead.AsArray().Select(c => (c!["contact"]!["itemId"]!.GetValue<long>(), (string)c["contact"]!["channel"]!, (string)c["itemTitle"]!)));
        Assert.Equal("pays Friday", (string?)lead[1]!["contact"]!["note"]);
        // Ana may not see Bruno's collection case, so not its call either.
        Assert.Equal([claim.Id()], other.AsArray().Select(c => c!["contact"]!["itemId"]!.GetValue<long>()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    private static async Task Log(HttpClient client, long itemId, object contact)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/items/{itemId}/contacts", contact);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
