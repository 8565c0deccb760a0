using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Components.Pages.Items;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Items;

public sealed class HistoryTimelineTests : MudComponentTest
{
    // 20:30 UTC is already 06:30 the next morning in Vladivostok (UTC+10, no daylight saving).
    private static readonly DateTimeOffset LateEveningUtc = new(2026, 3, 10, 20, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_history_row_shows_its_time_in_the_business_time_zone_not_the_servers()
    {
        using var culture = new UiCulture("pt-BR");
        InZone("Asia/Vladivostok");

        var history = Render<HistoryTimeline>(p => p.Add(h => h.Entries, [Created(new Dictionary<string, object?>())]));

        Assert.Equal("11/03/2026 06:30", history.Find("[data-test=history-at]").TextContent);
    }

    [Fact]
    public void The_same_row_reads_in_Sao_Paulo_time_in_the_readers_english_format()
    {
        using var culture = new UiCulture("en");
        InZone("America/Sao_Paulo");

        var history = Render<HistoryTimeline>(p => p.Add(h => h.Entries, [Created(new Dictionary<string, object?>())]));

        var saoPauloEvening = new DateTime(2026, 3, 10, 17, 30, 0).ToString("g", CultureInfo.GetCultureInfo("en"));
        Assert.Equal(saoPauloEvening, history.Find("[data-test=history-at]").TextContent);
    }

    [Fact]
    public void A_choice_reads_in_the_readers_language_not_as_its_stored_name()
    {
        using var culture = new UiCulture("pt-BR");
        var changes = new Dictionary<string, object?> { ["channel"] = "salesRep" };

        var history = Render<HistoryTimeline>(p => p.Add(h => h.Entries, [Created(changes)]).Add(h => h.Workflow, WorkflowCatalog.Default.Get("claim")));

        var shown = history.Find("[data-test=history-changes]").TextContent;
        Assert.Contains("Representante comercial", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("salesRep", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_number_shows_without_decimals_and_money_with_its_currency()
    {
        using var culture = new UiCulture("en");
        var changes = new Dictionary<string, object?> { ["rate"] = 5m, ["amount"] = 46277.00m, ["currency"] = "USD", ["direction"] = "outbound", ["feeCharged"] = false };

        var history = Render<HistoryTimeline>(p => p.Add(h => h.Entries, [Created(changes)]).Add(h => h.Workflow, WorkflowCatalog.Default.Get("operation")));

        var shown = history.Find("[data-test=history-changes]").TextContent;
        Assert.Contains("Exchange rate: 5 ·", shown, StringComparison.Ordinal);
        Assert.Contains("USD 46,277.00", shown, StringComparison.Ordinal);
        Assert.Contains("Outbound", shown, StringComparison.Ordinal);
        Assert.Contains(": No", shown, StringComparison.Ordinal);
    }

    private void InZone(string zone) =>
        Services.AddSingleton(new BusinessTime(new BusinessCalendar(new BusinessCalendarOptions { TimeZone = zone })));

    private static HistoryView Created(IReadOnlyDictionary<string, object?> changes) =>
        new(1, 1, LateEveningUtc, "ana", "Create", "", "Received", null, changes);
}
