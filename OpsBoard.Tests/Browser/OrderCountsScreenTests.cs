using System.Globalization;
using Microsoft.Playwright;
using OpsBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser;

/// <summary>Open orders by channel and state, on the TV and on the order queues, pushed as orders arrive and move.</summary>
public sealed class OrderCountsScreenTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("/wallboard", 1920, 1080)]
    [InlineData("/queues/orders", 1440, 900)]
    public async Task An_order_created_and_moved_through_the_API_changes_the_counts_by_channel_and_state_without_reload(string path, int width, int height)
    {
        var page = await browser.SignedInPage("diego");
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync(path);
        await BrowserFixture.WaitForCircuit(page);
        await page.EvaluateAsync("() => window.__noReload = true");
        var api = await browser.Server.ClientFor("ana");
        var received = await Count(page, "Received", "salesRep");
        var asked = await Count(page, "AwaitingConfirmation", "salesRep");

        var order = await api.CreateItem("order", new { client = "ООО Счётчик", channel = "salesRep", lines = new[] { "Clips x 5" }, amount = 20m });
        await Expect(Cell(page, "Received", "salesRep")).ToHaveTextAsync(Text(received + 1), new() { Timeout = 10_000 });
        await api.FireOk(order.Id(), "AskConfirmation", order.Version());

        await Expect(Cell(page, "AwaitingConfirmation", "salesRep")).ToHaveTextAsync(Text(asked + 1), new() { Timeout = 10_000 });
        await Expect(Cell(page, "Received", "salesRep")).ToHaveTextAsync(Text(received), new() { Timeout = 10_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__noReload === true"), "The page reloaded.");
        await page.Context.CloseAsync();
    }

    private static ILocator Cell(IPage page, string state, string channel) =>
        page.Locator($"[data-test=order-counts] tr[data-state={state}] td[data-channel={channel}]");

    private static async Task<int> Count(IPage page, string state, string channel) =>
        await Cell(page, state, channel).CountAsync() == 0 ? 0 : int.Parse(await Cell(page, state, channel).InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    private static string Text(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
