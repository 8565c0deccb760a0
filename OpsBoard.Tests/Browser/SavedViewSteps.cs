using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser;

/// <summary>What a person does with a list's saved views: name the list as it is now, and open a view again later.</summary>
public static class SavedViewSteps
{
    public static async Task SaveAsync(IPage page, string name)
    {
        await page.Locator("[data-test=view-menu] button").First.ClickAsync();
        await page.Locator("[data-test=save-view]").ClickAsync();
        await page.Locator(".mud-dialog input[type=text]").FillAsync(name);
        await page.Locator("[data-test=view-save]").ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
    }

    public static async Task OpenAsync(IPage page, string name)
    {
        await page.Locator("[data-test=view-menu] button").First.ClickAsync();
        await page.Locator($"[data-test=saved-view][data-name='{name}']").ClickAsync();
    }
}
