using System.Globalization;
using System.Text.RegularExpressions;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents.DailyReport;

public sealed class ReportsPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_manager_downloads_todays_report_from_the_reports_page_and_its_numbers_match_the_wallboard()
    {
        var page = await browser.SignedInPage("diego");
        await BrowserFixture.WaitForCircuit(page);
        await page.ClickAsync("[data-test=nav-reports]");
        await page.WaitForSelectorAsync("[data-test=daily-report]");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-test=download-report]"));
        var file = await download.PathAsync();
        var pdf = await File.ReadAllBytesAsync(file);
        var board = await (await browser.Server.ClientFor("diego")).GetJson("/api/v1/board");

        Assert.Matches(@"^daily-report-\d{4}-\d{2}-\d{2}\.pdf$", download.SuggestedFilename);
        Assert.True(await PdfTools.Pages(pdf) >= 2);
        Assert.True(PdfTools.IsPng(await PdfTools.FirstPagePng(pdf)));
        var text = await PdfTools.Text(pdf);
        Assert.Contains("Daily report", text);
        foreach (var agent in board["agents"]!.AsArray())
        {
            var row = Regex.Match(text, $@"^\s*{agent!["userName"]}\s+([\d,]+)\s+([\d,]+)\s", RegexOptions.Multiline);
            Assert.True(row.Success, $"no row for {agent["userName"]}");
            Assert.Equal(agent["transitions"]!.GetValue<int>(), int.Parse(row.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
            Assert.Equal(agent["done"]!.GetValue<int>(), int.Parse(row.Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Picking_another_day_points_the_download_at_that_day_and_agents_see_no_reports_link()
    {
        var page = await browser.SignedInPage("carla");
        await page.GotoAsync("/reports");
        await BrowserFixture.WaitForCircuit(page);
        // The day is typed as the reader writes dates (English here), then left, as a person tabbing on would.
        await page.FillAsync("[data-test=report-day]", "11/2/2026");
        await page.PressAsync("[data-test=report-day]", "Tab");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-test=download-report]').getAttribute('href').endsWith('date=2026-11-02')");
        await page.Context.CloseAsync();

        var agent = await browser.SignedInPage("ana");
        await agent.GotoAsync("/queues");
        await BrowserFixture.WaitForCircuit(agent);
        Assert.Equal(0, await agent.Locator("[data-test=nav-reports]").CountAsync());
        await agent.Context.CloseAsync();
    }

    [Fact]
    public async Task Picking_a_day_points_the_weekly_download_at_its_monday_beside_the_broker_report_and_the_mail_card()
    {
        var page = await browser.SignedInPage("diego");
        await page.GotoAsync("/reports");
        await BrowserFixture.WaitForCircuit(page);
        await page.FillAsync("[data-test=report-week]", "11/18/2026");
        await page.PressAsync("[data-test=report-week]", "Tab");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-test=download-weekly]').getAttribute('href').endsWith('from=2026-11-16')");

        Assert.Equal("2026-W47", (await page.InnerTextAsync("[data-test=report-week-name]")).Trim());
        Assert.Equal("/api/v1/reports/broker-pending", await page.GetAttributeAsync("[data-test=download-broker-pending]", "href"));
        // The test server mails no report: the card says so rather than showing a schedule.
        Assert.Contains("Not mailed", await page.InnerTextAsync("[data-test=daily-mail]"));
        Assert.Contains("No daily report has been mailed yet.", await page.InnerTextAsync("[data-test=daily-mail-last]"));
        await page.Context.CloseAsync();
    }
}
