using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpsBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser.Desk;

/// <summary>An agent's day from the keyboard, on a board of its own so that the claim made here is the one "take next" takes.</summary>
public sealed class TakeNextKeysTests(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task An_agent_takes_the_next_claim_with_n_and_moves_it_twice_with_digits_filling_the_dialog_of_the_second()
    {
        var claim = await (await desk.Server.ClientFor("bruno")).CreateItem("claim", new { client = "Teclado" }, "Keyboard path");
        var page = await desk.Open("ana", "/queues/claims");

        await page.Keyboard.PressAsync("n");
        await Expect(page).ToHaveURLAsync(new Regex($"/items/{claim.Id()}$"));
        await Expect(page.Locator("[data-test=item-assignee]")).ToHaveTextAsync("ana");

        await page.Keyboard.PressAsync("1");
        await Expect(page.Locator("[data-trigger=Resolve]")).ToBeEnabledAsync();
        await page.Keyboard.PressAsync("2");
        await page.ClickAsync("[data-field-input=verdict]");
        await page.GetByRole(AriaRole.Option, new() { Name = "Accepted" }).ClickAsync();
        await page.FillAsync("[data-field-input=rootCause]", "Wrong label");
        await page.FillAsync("[data-field-input=responsibleParty]", "Warehouse");
        await page.ClickAsync("[data-test=dialog-submit]");

        await Expect(page.Locator("[data-history=Resolve]")).ToBeVisibleAsync();
        var view = await (await desk.Server.ClientFor("ana")).GetJson($"/api/v1/items/{claim.Id()}");
        Assert.Equal("Resolved", (string?)view["state"]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_an_item_c_opens_the_contact_dialog_and_the_contact_sent_from_it_is_listed()
    {
        var carla = await desk.Server.ClientFor("carla");
        var claim = await carla.CreateItem("claim", new { client = "Contato Teclado" }, "Contact by key");
        // Given to ana, so it never waits in the queue for another test's "take next".
        var assigned = await carla.PostAsJsonAsync($"/api/v1/items/{claim.Id()}/assignment", new { assignee = "ana", expectedVersion = claim.Version() });
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
        var page = await desk.Open("ana", $"/items/{claim.Id()}");
        await Expect(page.Locator("[data-test=contacts-empty]")).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("c");
        await Expect(page.Locator("[data-test=contact-dialog]")).ToBeVisibleAsync();
        await page.FillAsync("#contact-outcome", "asked for the invoice");
        await page.ClickAsync("[data-test=contact-save]");

        await Expect(page.Locator("[data-test=contact-row]")).ToContainTextAsync("asked for the invoice");
        var contacts = await (await desk.Server.ClientFor("ana")).GetJson($"/api/v1/items/{claim.Id()}/contacts");
        Assert.Equal(("phone", "out", "ana"), ((string?)contacts[0]!["channel"], (string?)contacts[0]!["direction"], (string?)contacts[0]!["actor"]));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_the_mouse_Tab_reaches_take_next_and_then_a_move_and_Enter_makes_each()
    {
        var claim = await (await desk.Server.ClientFor("bruno")).CreateItem("claim", new { client = "Só Teclado" }, "Tab and Enter");
        var page = await desk.Open("ana", "/queues/claims");

        await TabTo(page, "[data-shortcut=take-next]");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"/items/{claim.Id()}$"));
        await BrowserFixture.WaitForCircuit(page);
        await TabTo(page, "[data-trigger=StartInvestigation]");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("[data-history=StartInvestigation]")).ToBeVisibleAsync();
        Assert.Equal("Investigating", (string?)(await (await desk.Server.ClientFor("ana")).GetJson($"/api/v1/items/{claim.Id()}"))["state"]);
        await page.Context.CloseAsync();
    }

    // Presses Tab until the element the selector names holds the focus, as someone without a mouse would.
    private static async Task TabTo(Microsoft.Playwright.IPage page, string selector)
    {
        for (var presses = 0; presses < 120; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.Locator(selector).First.EvaluateAsync<bool>("e => e === document.activeElement || e.contains(document.activeElement)"))
            {
                return;
            }
        }
        Assert.Fail($"Tab never reached {selector}.");
    }
}
