using System.Net.Http.Json;
using Microsoft.Playwright;
using OpsBoard.Tests.Exports;
using OpsBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser;

/// <summary>A lead's tools on the queues page: ticking rows to act on them, saved views and exports.</summary>
public sealed class LeadToolsScreensTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string Marker() => "L" + Guid.NewGuid().ToString("N")[..8];

    private async Task<IPage> ClaimsFor(string user, string marker)
    {
        var page = await browser.SignedInPage(user);
        await page.GotoAsync("/queues/claims");
        await BrowserFixture.WaitForCircuit(page);
        await BrowserFixture.SearchQueue(page, marker);
        return page;
    }

    [Fact]
    public async Task A_bulk_assign_moves_the_ticked_items_and_reports_the_one_refused_with_its_reason()
    {
        var marker = Marker();
        var api = await browser.Server.ClientFor("carla");
        var free = await api.CreateItem("claim", new { client = "Bulk" }, $"{marker} free");
        var held = await api.CreateItem("claim", new { client = "Bulk" }, $"{marker} held");
        (await api.PostAsJsonAsync($"/api/v1/items/{held.Id()}/assignment", new { assignee = "bruno", expectedVersion = 1 })).EnsureSuccessStatusCode();
        var page = await ClaimsFor("carla", marker);
        await Expect(page.Locator($"[data-key='{held.Id()}']")).ToBeVisibleAsync();

        await page.Locator($"tr:has([data-key='{free.Id()}']) input[type=checkbox]").ClickAsync();
        await page.Locator($"tr:has([data-key='{held.Id()}']) input[type=checkbox]").ClickAsync();
        await Expect(page.Locator("[data-test=bulk-count]")).ToHaveTextAsync("2 selected");
        await page.Locator("[data-test=bulk-bar] .mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "(bruno)" }).ClickAsync();
        await page.Locator("[data-test=bulk-assign]").ClickAsync();

        var lines = page.Locator("[data-test=bulk-line]");
        await Expect(lines).ToHaveCountAsync(2);
        var freeLine = page.Locator($"[data-test=bulk-line][data-key='{free.Id()}']");
        Assert.True(await freeLine.GetAttributeAsync("data-done") == "true", $"the item nobody held was refused: {await freeLine.TextContentAsync()}");
        var refused = page.Locator($"[data-test=bulk-line][data-key='{held.Id()}']");
        await Expect(refused).ToHaveAttributeAsync("data-done", "false");
        await Expect(refused).ToContainTextAsync("already assigned to bruno");
        Assert.Equal("bruno", (string?)(await api.GetJson($"/api/v1/items/{free.Id()}"))["assignee"]);
    }

    [Fact]
    public async Task Items_ticked_on_one_queue_are_not_carried_to_the_next_queue_opened()
    {
        var marker = Marker();
        var api = await browser.Server.ClientFor("carla");
        var claim = await api.CreateItem("claim", new { client = "Ticked" }, $"{marker} ticked");
        var page = await ClaimsFor("carla", marker);
        await page.Locator($"tr:has([data-key='{claim.Id()}']) input[type=checkbox]").ClickAsync();
        await Expect(page.Locator("[data-test=bulk-count]")).ToHaveTextAsync("1 selected");

        await page.Locator(".queue-list [data-queue=stories-review], a[data-queue=stories-review]").First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/queues/stories-review"));
        await Expect(page.Locator("[data-test=bulk-bar]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_saved_view_is_reopened_from_the_menu_after_signing_in_again()
    {
        var marker = Marker();
        var page = await ClaimsFor("carla", marker);
        await SavedViewSteps.SaveAsync(page, $"View {marker}");
        await page.Context.CloseAsync();

        var again = await browser.SignedInPage("carla");
        await again.GotoAsync("/queues/mine");
        await BrowserFixture.WaitForCircuit(again);
        await SavedViewSteps.OpenAsync(again, $"View {marker}");

        await Expect(again).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/queues/claims\\?q={marker}"));
        await Expect(again.Locator($".queue-items[data-search='{marker}']")).ToHaveCountAsync(1);
        await Expect(again.Locator("[data-test=queue-title]")).ToHaveTextAsync("Claims");
    }

    [Fact]
    public async Task An_xlsx_export_downloaded_from_the_queue_opens_with_its_headers_and_rows()
    {
        var marker = Marker();
        var api = await browser.Server.ClientFor("carla");
        var first = await api.CreateItem("claim", new { client = "Export" }, $"{marker} first");
        var second = await api.CreateItem("claim", new { client = "Export" }, $"{marker} second");
        var page = await ClaimsFor("carla", marker);
        await Expect(page.Locator($"[data-key='{second.Id()}']")).ToBeVisibleAsync();

        await page.Locator("[data-test=export-menu] button").First.ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-test=export-xlsx]").ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"{marker}.xlsx");
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        File.Delete(path);

        var rows = Workbook.Rows(bytes);
        Assert.Equal(["Id", "Type", "Title", "State", "Assignee", "Queue", "Created", "Due", "Finished"], rows[0].Select(Workbook.Text));
        Assert.Equal([$"{marker} first", $"{marker} second"], rows.Skip(1).Select(r => Workbook.Text(r[2])).Order());
        Assert.Contains(rows.Skip(1), r => Workbook.Text(r[0]) == first.Id().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
    }
}
