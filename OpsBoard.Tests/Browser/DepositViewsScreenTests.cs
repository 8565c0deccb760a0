using System.Net.Http.Json;
using Microsoft.Playwright;
using OpsBoard.Tests.Collections;
using OpsBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser;

public sealed class DepositViewsScreenTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_deposits_filters_are_saved_as_a_view_reopened_after_signing_in_again_and_exported_as_shown()
    {
        var carla = await browser.Server.ClientFor("carla");
        var marker = "V" + Guid.NewGuid().ToString("N")[..8];
        var open = await Register(carla, $"TED {marker} ABERTO");
        var matched = await Register(carla, $"PIX {marker} PAGO");
        var bruno = await browser.Server.ClientFor("bruno");
        var caseId = (await bruno.NewCase($"Vista {marker}", amountDue: 410m)).Id();
        var version = (await bruno.LogCallOk(caseId, "promise"))["itemVersion"]!.GetValue<int>();
        await bruno.FireOk(caseId, "PromiseToPay", version, new { promiseDate = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd"), promiseAmount = 410m });
        Assert.True((await carla.PostAsJsonAsync($"/api/v1/collections/deposits/{matched}/match", new { itemId = caseId })).IsSuccessStatusCode);

        var page = await browser.SignedInPage("carla");
        await page.GotoAsync("/collections/deposits");
        await BrowserFixture.WaitForCircuit(page);
        await page.SelectOptionAsync("[data-test=deposit-status]", new SelectOptionValue { Label = "All" });
        await page.FillAsync("#deposit-search", marker);
        await Expect(page.Locator(".deposit")).ToHaveCountAsync(2);
        await Expect(page.Locator($"[data-key='{matched}'] [data-test=matched-to]")).ToContainTextAsync($"#{caseId}");
        await Expect(page.Locator($"[data-key='{open}'] [data-test=choose]")).ToBeVisibleAsync();
        await page.Locator("[data-test=export-menu] button").ClickAsync();
        Assert.EndsWith($"&status=all&q={marker}", await page.Locator("[data-test=export-csv]").GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Escape");
        await SavedViewSteps.SaveAsync(page, $"Deposits {marker}");
        await page.Context.CloseAsync();

        var again = await browser.SignedInPage("carla");
        await again.GotoAsync("/collections/deposits");
        await BrowserFixture.WaitForCircuit(again);
        await Expect(again.Locator($"[data-key='{matched}']")).ToHaveCountAsync(0);
        await SavedViewSteps.OpenAsync(again, $"Deposits {marker}");

        await Expect(again.Locator(".deposit")).ToHaveCountAsync(2);
        await Expect(again.Locator("#deposit-search")).ToHaveValueAsync(marker);
        await Expect(again.Locator($"[data-key='{matched}'] [data-test=matched-to]")).ToBeVisibleAsync();
        await again.Context.CloseAsync();
    }

    private static async Task<long> Register(HttpClient client, string reference)
    {
        var response = await client.PostAsJsonAsync("/api/v1/collections/deposits", new { amount = 410m, reference, channel = "PIX" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Json()).Id();
    }
}
