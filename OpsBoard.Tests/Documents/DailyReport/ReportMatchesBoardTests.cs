using System.Globalization;
using System.Text.RegularExpressions;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents.DailyReport;

public sealed class ReportMatchesBoardTests(DemoServer server) : IClassFixture<DemoServer>
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["operation"] = "FX operations",
        ["story"] = "Client registrations",
        ["claim"] = "Claims",
        ["collection"] = "Collection cases",
        ["onboarding"] = "Client onboarding",
        ["order"] = "Orders",
    };

    [Fact]
    public async Task Todays_report_has_the_wallboards_numbers_for_the_same_moment()
    {
        var diego = await server.ClientFor("diego");
        diego.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var board = await diego.GetJson("/api/v1/board");
        var response = await diego.GetAsync("/api/v1/reports/daily");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var text = await PdfTools.Text(await response.Content.ReadAsByteArrayAsync());

        foreach (var (type, done) in board["doneTodayByWorkflow"]!.AsObject())
        {
            var row = Regex.Match(text, $@"^\s*{Labels[type]}\s+(\d+)\s+(\d+)\s", RegexOptions.Multiline);
            Assert.True(row.Success, $"no row for {type} in:\n{text}");
            Assert.Equal(done!.GetValue<int>(), int.Parse(row.Groups[2].Value, CultureInfo.InvariantCulture));
        }
        foreach (var agent in board["agents"]!.AsArray())
        {
            var row = Regex.Match(text, $@"^\s*{agent!["userName"]}\s+([\d,]+)\s+([\d,]+)\s", RegexOptions.Multiline);
            Assert.True(row.Success, $"no row for {agent["userName"]} in:\n{text}");
            Assert.Equal(agent["transitions"]!.GetValue<int>(), int.Parse(row.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
            Assert.Equal(agent["done"]!.GetValue<int>(), int.Parse(row.Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        }
        var states = board["states"]!.AsArray();
        Assert.NotEmpty(states);
        foreach (var state in states)
        {
            // The report names states in the team's words; in English, the name spelled out.
            var name = OpsBoard.Domain.WorkflowText.Humanize((string)state!["state"]!);
            Assert.Matches($@"{Labels[(string)state["type"]!]}\s+{name}\s+{state["count"]}\s", text);
        }
    }
}
