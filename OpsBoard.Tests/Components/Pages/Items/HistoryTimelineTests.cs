using System.Globalization;
using OpsBoard.Components.Pages.Items;
using OpsBoard.Items;
using OpsBoard.Tests.Components.Kit;

namespace OpsBoard.Tests.Components.Pages.Items;

public sealed class HistoryTimelineTests
{
    // 20:30 UTC is already 06:30 the next morning in Vladivostok (UTC+10, no daylight saving).
    private static readonly DateTimeOffset LateEveningUtc = new(2026, 3, 10, 20, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_history_row_shows_its_time_in_the_business_time_zone_not_the_servers()
    {
        await using var kit = new KitRenderer("pt-BR", timeZone: "Asia/Vladivostok");
        HistoryView[] entries = [new(1, 1, LateEveningUtc, "ana", "Create", "", "Received", null, new Dictionary<string, object?>())];

        var html = await kit.RenderAsync<HistoryTimeline>(("Entries", entries));

        Assert.Equal("11/03/2026 06:30", ShownAt(html));
    }

    [Fact]
    public async Task The_same_row_reads_in_Sao_Paulo_time_in_the_readers_english_format()
    {
        await using var kit = new KitRenderer("en", timeZone: "America/Sao_Paulo");
        HistoryView[] entries = [new(1, 1, LateEveningUtc, "ana", "Create", "", "Received", null, new Dictionary<string, object?>())];

        var html = await kit.RenderAsync<HistoryTimeline>(("Entries", entries));

        var saoPauloEvening = new DateTime(2026, 3, 10, 17, 30, 0).ToString("g", CultureInfo.GetCultureInfo("en"));
        Assert.Equal(saoPauloEvening, ShownAt(html));
    }

    // The span carries the component's style scope besides its test name, so it is found by the name alone.
    private static string ShownAt(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "data-test=\"history-at\"[^>]*>([^<]*)</span>").Groups[1].Value;
}
