using System.Net.Http.Json;
using OpsBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser;

public sealed class ItemTimesScreenTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_whose_turn_panel_fits_a_phone_and_follows_the_item_from_the_desk_to_the_client()
    {
        var carla = await browser.Server.ClientFor("carla");
        var item = await carla.CreateItem("operation", new { client = "Turnos no Celular", amount = 900m, currency = "USD" });
        var page = await browser.SignedInPage("carla");
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"/items/{item.Id()}");
        await BrowserFixture.WaitForCircuit(page);

        var panel = page.Locator("[data-test=times-panel]");
        await Expect(panel.Locator("[data-test=times-holder]")).ToHaveAttributeAsync("data-holder", "desk");
        await Expect(panel.Locator("[data-test=time-client] dd")).ToHaveTextAsync("0:00");
        Assert.True(await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth") <= 390);

        var moved = await carla.PostAsJsonAsync($"/api/v1/items/{item.Id()}/transitions", new { trigger = "Identify", expectedVersion = 1 });
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        await page.Locator("[data-test=reload]").ClickAsync();

        await Expect(panel.Locator("[data-test=times-holder]")).ToHaveAttributeAsync("data-holder", "client");
        Assert.True(await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth") <= 390);
        await page.Context.CloseAsync();
    }
}
