using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using OpsBoard.Tests.Documents;
using OpsBoard.Tests.Collections;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Contacts;

public sealed class ContactsApiTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    [Fact]
    public async Task A_contact_with_an_unknown_channel_or_direction_or_no_outcome_is_refused_and_nothing_is_written()
    {
        var ana = await server.ClientFor("ana");
        var claim = await ana.CreateItem("claim", new { client = "Loja Aurora" });
        var url = $"/api/v1/items/{claim.Id()}/contacts";

        var channel = await ana.PostAsJsonAsync(url, new { channel = "pigeon", direction = "out", outcome = "sent" });
        var direction = await ana.PostAsJsonAsync(url, new { channel = "email", direction = "sideways", outcome = "sent" });
        var outcome = await ana.PostAsJsonAsync(url, new { channel = "email", direction = "out", outcome = "  " });
        var note = await ana.PostAsJsonAsync(url, new { channel = "email", direction = "out", outcome = "sent", note = new string('x', 2001) });
        var callOutcome = await (await server.ClientFor("bruno")).PostAsJsonAsync($"/api/v1/items/{(await (await server.ClientFor("bruno")).NewCase("Rita Moura")).Id()}/contacts",
            new { channel = "phone", direction = "out", outcome = "chatted" });

        Assert.All([channel, direction, outcome, note, callOutcome], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("channel", await channel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("direction", await direction.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("noAnswer", await callOutcome.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await server.Scalar($"SELECT COUNT(*) FROM ItemContacts WHERE ItemId = {claim.Id()}"));
        Assert.Equal(1, await server.Scalar($"SELECT Version FROM Items WHERE Id = {claim.Id()}"));
    }

    [Fact]
    public async Task Contacts_on_a_claim_are_listed_newest_first_each_with_its_history_row_and_the_claim_keeps_its_state()
    {
        var ana = await server.ClientFor("ana");
        var claim = await ana.CreateItem("claim", new { client = "Clínica Sorriso" });
        var url = $"/api/v1/items/{claim.Id()}/contacts";

        var first = await ana.PostAsJsonAsync(url, new { channel = "whatsapp", direction = "in", outcome = "Cliente enviou fotos", note = "Três fotos do produto" });
        var second = await ana.PostAsJsonAsync(url, new { channel = "Email", direction = "OUT", outcome = "Resposta enviada" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var list = (await ana.GetJson(url)).AsArray();
        Assert.Equal(["email", "whatsapp"], list.Select(c => (string?)c!["channel"]));
        Assert.Equal(("in", "Cliente enviou fotos", "Três fotos do produto", "ana"),
            ((string?)list[1]!["direction"], (string?)list[1]!["outcome"], (string?)list[1]!["note"], (string?)list[1]!["actor"]));
        Assert.Equal(2, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {claim.Id()} AND Trigger = 'LogContact'"));
        Assert.Equal((string?)claim["state"], (string?)(await ana.Item(claim.Id()))["state"]);
        Assert.Equal(HttpStatusCode.NotFound, (await ana.GetAsync("/api/v1/items/987654/contacts")).StatusCode);
    }

    [Fact]
    public async Task A_call_through_the_calls_api_is_a_phone_contact_and_still_counts_toward_the_daily_target()
    {
        var bruno = await server.ClientFor("bruno");
        var id = (await bruno.NewCase("Sebastião Lima")).Id();
        var before = await bruno.CallsToday("bruno");

        await bruno.LogCallOk(id, "promise", "paga sexta");
        var byContact = await bruno.PostAsJsonAsync($"/api/v1/items/{id}/contacts", new { channel = "phone", direction = "out", outcome = "noAnswer" });
        var incoming = await bruno.PostAsJsonAsync($"/api/v1/items/{id}/contacts", new { channel = "phone", direction = "in", outcome = "Cliente ligou de volta" });

        Assert.Equal(HttpStatusCode.Created, byContact.StatusCode);
        Assert.Equal(HttpStatusCode.Created, incoming.StatusCode);
        var contacts = (await bruno.GetJson($"/api/v1/items/{id}/contacts")).AsArray();
        Assert.Equal(["Cliente ligou de volta", "noAnswer", "promise"], contacts.Select(c => (string?)c!["outcome"]));
        Assert.All(contacts, c => Assert.Equal("phone", (string?)c!["channel"]));
        Assert.Equal("paga sexta", (string?)contacts[2]!["note"]);
        // Outgoing calls are the desk's calls, whichever way they were logged; a call the client made is a contact, not one of the agent's calls.
        Assert.Equal(before + 2, await bruno.CallsToday("bruno"));
        Assert.Equal(2, (await bruno.GetJson($"/api/v1/items/{id}/calls")).AsArray().Count);
        Assert.Equal(2m, (await bruno.Item(id))["fields"]!["callCount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task The_daily_report_counts_the_days_contacts_per_channel_in_the_readers_language()
    {
        var ana = await server.ClientFor("ana");
        var claim = await ana.CreateItem("claim", new { client = "Hotel Maré Alta" });
        var before = await VisitsInReport();

        var visit = await ana.PostAsJsonAsync($"/api/v1/items/{claim.Id()}/contacts", new { channel = "visit", direction = "out", outcome = "Cliente recebeu o técnico" });
        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);
        // Today's report counts up to now, the contact's own instant excluded: a second later it is in.
        server.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(before + 1, await VisitsInReport());
    }

    private async Task<int> VisitsInReport()
    {
        var carla = await server.ClientFor("carla");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reports/daily?date=2026-11-18");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("pt-BR"));
        var response = await carla.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var text = await PdfTools.Text(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Contatos por canal", text, StringComparison.Ordinal);
        var row = Regex.Match(text[text.IndexOf("Contatos por canal", StringComparison.Ordinal)..], @"Visita\s+(\d+)");
        return row.Success ? int.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}
