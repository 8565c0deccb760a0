using System.Globalization;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Onboarding;

/// <summary>A dossier taken through to Active over the API: every needed line signed, Security with its report.</summary>
public static class ActiveDossierSteps
{
    public static readonly byte[] Report = "%PDF-1.4 inspection report: site approved"u8.ToArray();

    /// <summary>A dossier with the given fields (client and address included), documents on paper, verified by ana.</summary>
    public static async Task<JsonNode> NotifiedWith(this OpsBoardServer server, string name, object fields)
    {
        var ana = await server.ClientFor("ana");
        var dossier = await ana.CreateItem("onboarding", fields, $"New client — {name}");
        var submitted = await ana.SubmitOnPaper(dossier.Id());
        return await ana.PostOk($"/api/v1/onboarding/{dossier.Id()}/verify", new { expectedVersion = submitted.Version() });
    }

    /// <summary>Signs the lines in order (Security last, with its report) and returns the dossier as the last answer gave it.</summary>
    public static async Task<JsonNode> SignAll(this OpsBoardServer server, JsonNode dossier, bool processingRoom)
    {
        var id = dossier.Id();
        var version = dossier.Version();
        var lines = new List<(string, string)> { ("clara", "customerService"), ("otto", "operations") };
        if (processingRoom)
        {
            lines.Add(("paulo", "processingRoom"));
        }
        foreach (var (user, area) in lines)
        {
            version = (await (await server.ClientFor(user)).PostOk($"/api/v1/onboarding/{id}/sign-off", new { expectedVersion = version, area })).Version();
        }
        var last = await (await server.ClientFor("sofia")).Upload($"/api/v1/onboarding/{id}/sign-off", "report", Report, "inspection.pdf",
            ("expectedVersion", version.ToString(CultureInfo.InvariantCulture)), ("area", "security"));
        Assert.True(last.IsSuccessStatusCode, await last.Content.ReadAsStringAsync());
        return await last.Json();
    }

    /// <summary>An active client with money processing, daily service at Rua Augusta 500.</summary>
    public static async Task<JsonNode> Active(this OpsBoardServer server, string name) =>
        await server.SignAll(await (await server.ClientFor("ana")).Notified(name), processingRoom: true);
}
