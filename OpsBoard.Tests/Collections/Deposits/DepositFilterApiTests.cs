using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Exports;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Collections.Deposits;

/// <summary>The deposits list's filters, the same for the page, the API and the export: open, matched or all, searched by reference or channel.</summary>
public sealed class DepositFilterApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task Deposits_are_listed_and_exported_open_matched_or_all_and_searched_by_reference_or_channel()
    {
        var bruno = await server.ClientFor("bruno");
        var marker = "Q" + Guid.NewGuid().ToString("N")[..8];
        var open = await Register(bruno, $"TED {marker} SEM NOME", "TED");
        var matched = await Register(bruno, $"PIX {marker} PAGO", "PIX");
        var byChannel = await Register(bruno, "DOC 0001 OUTRO", $"Boleto {marker}");
        await Register(bruno, "TED 5555 OUTRA EMPRESA", "TED");
        var caseId = await PromisedCase(bruno);
        var match = await bruno.PostAsJsonAsync($"/api/v1/collections/deposits/{matched}/match", new { itemId = caseId });
        Assert.True(match.IsSuccessStatusCode, await match.Content.ReadAsStringAsync());

        Assert.Equal([open, byChannel], await Ids(bruno, $"q={marker.ToLowerInvariant()}"));
        Assert.Equal([matched], await Ids(bruno, $"status=matched&q={marker}"));
        Assert.Equal([open, matched, byChannel], await Ids(bruno, $"status=all&q={marker}"));
        // A search is text, never a pattern: a lone % finds no reference holding none.
        Assert.Empty(await Ids(bruno, "status=all&q=%25"));
        var csv = await Workbook.Csv(bruno, $"/api/v1/collections/deposits/export?format=csv&status=all&q={marker}");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([open, matched, byChannel], lines[1..].Select(l => long.Parse(l.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static async Task<long> Register(HttpClient client, string reference, string channel)
    {
        var response = await client.PostAsJsonAsync("/api/v1/collections/deposits", new { amount = 410m, reference, channel });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Json()).Id();
    }

    private static async Task<List<long>> Ids(HttpClient client, string query) =>
        [.. (await client.GetJson($"/api/v1/collections/deposits?{query}")).AsArray().Select(d => d!.Id())];

    private static async Task<long> PromisedCase(HttpClient bruno)
    {
        var id = (await bruno.NewCase("Filtro Pagador Ltda", amountDue: 410m)).Id();
        var version = (await bruno.LogCallOk(id, "promise"))["itemVersion"]!.GetValue<int>();
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await bruno.FireOk(id, "PromiseToPay", version, new { promiseDate = day, promiseAmount = 410m });
        return id;
    }
}
