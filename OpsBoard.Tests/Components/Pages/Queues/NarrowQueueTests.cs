using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Queues;

/// <summary>An agent on a phone reads the queue without sideways scrolling.</summary>
public sealed class NarrowQueueTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_queue_390_pixels_wide_shows_title_state_and_due_without_sideways_scrolling()
    {
        var page = await browser.SignedInPage("ana");
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/queues/claims");
        await BrowserFixture.WaitForCircuit(page);
        await page.WaitForSelectorAsync(".queue-items [data-key]");

        var pageWidth = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        var headers = await page.EvaluateAsync<HeaderBox[]>(
            "() => [...document.querySelectorAll('.queue-items th')].filter(th => th.offsetParent !== null)" +
            ".map(th => ({ text: th.textContent.trim(), right: th.getBoundingClientRect().right }))");

        Assert.True(pageWidth <= 390, $"the page is {pageWidth} px wide");
        foreach (var column in new[] { "Title", "State", "Due" })
        {
            var header = Assert.Single(headers, h => h.Text.StartsWith(column, StringComparison.Ordinal));
            Assert.True(header.Right <= 390, $"{column} ends at {header.Right} px");
        }
        await page.Context.CloseAsync();
    }

    // Playwright fills the result by its properties, so the type needs a constructor without parameters.
    private sealed class HeaderBox
    {
        public string Text { get; set; } = "";

        public double Right { get; set; }
    }
}
