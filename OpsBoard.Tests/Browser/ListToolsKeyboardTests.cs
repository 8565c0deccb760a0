using Microsoft.Playwright;
using OpsBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser;

/// <summary>The list tools' menus and search box used from the keyboard, as the queue page draws them.</summary>
public sealed class ListToolsKeyboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Enter_on_the_views_button_opens_its_menu_and_Escape_closes_it_with_the_focus_back_on_the_button()
    {
        var page = await browser.SignedInPage("carla");
        await page.GotoAsync("/queues/claims");
        await BrowserFixture.WaitForCircuit(page);
        var button = page.Locator("[data-test=views-button]");

        await page.WaitForSelectorAsync("html[data-shortcuts=ready]", new() { State = WaitForSelectorState.Attached });
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Menu, new() { Name = "Views" })).ToBeVisibleAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(page.GetByRole(AriaRole.Menuitem, new() { Name = "Save this view…" })).ToBeVisibleAsync();
        // The list holds the keyboard: down goes to its first item that can be used.
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("[data-test=save-view]")).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Escape");

        await Expect(page.GetByRole(AriaRole.Menu)).ToHaveCountAsync(0);
        await Expect(button).ToBeFocusedAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Arrows_walk_the_export_menu_round_a_click_beside_it_closes_it_and_the_search_box_clear_button_empties_the_search()
    {
        var page = await browser.SignedInPage("carla");
        await page.GotoAsync("/queues/claims");
        await BrowserFixture.WaitForCircuit(page);
        await page.WaitForSelectorAsync("html[data-shortcuts=ready]", new() { State = WaitForSelectorState.Attached });
        await page.Locator("[data-test=export-button]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Menuitem)).ToHaveCountAsync(2);

        foreach (var (key, item) in new[] { ("ArrowDown", "export-xlsx"), ("ArrowDown", "export-csv"), ("ArrowDown", "export-xlsx"), ("ArrowUp", "export-csv") })
        {
            await page.Keyboard.PressAsync(key);
            await Expect(page.Locator($"[data-test={item}]")).ToBeFocusedAsync();
        }

        await page.Locator("[data-test=queue-title]").ClickAsync(new() { Force = true });

        await Expect(page.GetByRole(AriaRole.Menu)).ToHaveCountAsync(0);
        await BrowserFixture.SearchQueue(page, "no such claim");
        await page.Locator("[data-test=search-clear]").ClickAsync();
        await Expect(page.Locator("[data-shortcut=search]")).ToHaveValueAsync("");
        await Expect(page.Locator("[data-shortcut=search]")).ToBeFocusedAsync();
        await page.WaitForSelectorAsync(".queue-items:not([data-search])", new() { State = WaitForSelectorState.Attached });
        await page.Context.CloseAsync();
    }
}
