using System.Text.RegularExpressions;
using OpsBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser.Desk;

/// <summary>Keys on the queues: typed not obeyed in the search box, the rows walked and opened, and the list of keys.</summary>
public sealed class KeyboardPathTests(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task Keys_pressed_while_typing_in_the_search_box_type_and_do_not_take_an_item()
    {
        var claim = await (await desk.Server.ClientFor("bruno")).CreateItem("claim", new { client = "Busca" }, "Typed not taken");
        var page = await desk.Open("bruno", "/queues/claims");

        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("n1");

        await Expect(page.Locator("[data-shortcut=search]")).ToHaveValueAsync("n1");
        await Expect(page).ToHaveURLAsync(new Regex("/queues/claims$"));
        var view = await (await desk.Server.ClientFor("bruno")).GetJson($"/api/v1/items/{claim.Id()}");
        Assert.Null((string?)view["assignee"]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task J_and_k_move_the_highlight_over_the_queue_and_Enter_opens_the_highlighted_item()
    {
        var api = await desk.Server.ClientFor("carla");
        await api.CreateItem("claim", new { client = "Lista" }, "Row walk one");
        await api.CreateItem("claim", new { client = "Lista" }, "Row walk two");
        await api.CreateItem("claim", new { client = "Lista" }, "Row walk three");
        var page = await desk.Open("carla", "/queues/claims");
        await BrowserFixture.SearchQueue(page, "Row walk");
        var rows = page.Locator("[data-shortcut=row]");
        await Expect(rows).ToHaveCountAsync(3);
        // Out of the search box, where keys are typed rather than obeyed.
        await page.ClickAsync("[data-test=queue-title]");

        await page.Keyboard.PressAsync("j");
        await Expect(rows.Nth(0)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("k");
        await Expect(rows.Nth(1)).ToBeFocusedAsync();
        await Expect(rows.Nth(1)).ToHaveClassAsync(new Regex("shortcut-current"));
        await Expect(page.Locator(".shortcut-current")).ToHaveCountAsync(1);
        var id = await rows.Nth(1).GetAttributeAsync("data-key");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex($"/items/{id}\\?from=claims$"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_an_item_j_and_k_open_the_next_and_the_previous_item_of_the_list_it_was_opened_from()
    {
        var api = await desk.Server.ClientFor("carla");
        var first = await api.CreateItem("claim", new { client = "Passo" }, "Item walk one");
        await api.CreateItem("claim", new { client = "Passo" }, "Item walk two");
        var page = await desk.Open("carla", "/queues/claims");
        await BrowserFixture.SearchQueue(page, "Item walk");
        await page.ClickAsync($"[data-shortcut=row][data-key='{first.Id()}']");
        await Expect(page).ToHaveURLAsync(new Regex($"/items/{first.Id()}\\?from=claims$"));
        await BrowserFixture.WaitForCircuit(page);
        var next = await page.Locator("[data-test=next-item]").GetAttributeAsync("data-id");
        await page.ClickAsync("[data-test=item-title]");

        await page.Keyboard.PressAsync("j");
        await Expect(page).ToHaveURLAsync(new Regex($"/items/{next}\\?from=claims$"));
        await Expect(page.Locator("[data-test=previous-item]")).ToHaveAttributeAsync("data-id", first.Id().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("[data-test=item-title]");
        await page.Keyboard.PressAsync("k");

        await Expect(page).ToHaveURLAsync(new Regex($"/items/{first.Id()}\\?from=claims$"));
        Assert.NotEqual(first.Id().ToString(System.Globalization.CultureInfo.InvariantCulture), next);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_question_mark_lists_the_keys_in_Russian()
    {
        var page = await desk.Open("ana", "/culture?c=ru&r=/queues/claims");

        await page.Keyboard.PressAsync("?");

        var list = page.Locator("[data-test=shortcut-list]");
        await Expect(list).ToContainTextAsync("Взять следующий элемент очереди");
        await Expect(list).ToContainTextAsync("Открыть выделенный элемент");
        await page.Context.CloseAsync();
    }
}
