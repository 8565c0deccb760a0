using System.Net.Http.Json;
using OpsBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser.Desk;

/// <summary>Two people on one item, in two browsers, each seeing the other, and told before changing it at once.</summary>
public sealed class PresenceScreenTests(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Fact]
    public async Task Two_agents_on_one_item_see_each_other_and_the_second_to_open_a_move_is_told_the_first_is_changing_it()
    {
        var api = await desk.Server.ClientFor("carla");
        var claim = await api.CreateItem("claim", new { client = "Presença" }, "Two on one");
        await api.FireOk(claim.Id(), "StartInvestigation", 1);
        var ana = await desk.Open("ana", $"/items/{claim.Id()}");
        var bruno = await desk.Open("bruno", $"/items/{claim.Id()}");

        await Expect(ana.Locator("[data-present=bruno]")).ToContainTextAsync("Bruno Lima");
        await Expect(bruno.Locator("[data-present=ana]")).ToContainTextAsync("Ana Souza");
        await Expect(ana.Locator("[data-present]")).ToHaveCountAsync(1);

        await ana.ClickAsync("[data-trigger=Resolve]");
        await Expect(bruno.Locator("[data-present=ana]")).ToHaveAttributeAsync("data-editing", "true");
        await bruno.ClickAsync("[data-trigger=Resolve]");
        await Expect(bruno.Locator("[data-test=editing-notice]")).ToHaveTextAsync("Ana Souza is changing this item now.");

        await ana.ClickAsync("[data-test=dialog-back]");
        await Expect(bruno.Locator("[data-test=editing-notice]")).ToHaveCountAsync(0);
        await ana.GotoAsync("/queues");
        await Expect(bruno.Locator("[data-present=ana]")).ToHaveCountAsync(0);
        await ana.Context.CloseAsync();
        await bruno.Context.CloseAsync();
    }

    [Fact]
    public async Task An_agent_who_may_not_see_an_item_is_never_shown_on_it()
    {
        var api = await desk.Server.ClientFor("carla");
        var claim = await api.CreateItem("collection", new { client = "Oculto", amountDue = 900 }, "Hidden from one");
        using (var assigned = await api.PostAsJsonAsync($"/api/v1/items/{claim.Id()}/assignment", new { assignee = "bruno", expectedVersion = 1 }))
        {
            assigned.EnsureSuccessStatusCode();
        }
        var carla = await desk.Open("carla", $"/items/{claim.Id()}");
        var ana = await desk.Open("ana", $"/items/{claim.Id()}");
        await Expect(ana.Locator("[data-test=item-not-found]")).ToBeVisibleAsync();

        var bruno = await desk.Open("bruno", $"/items/{claim.Id()}");
        await Expect(carla.Locator("[data-present=bruno]")).ToBeVisibleAsync();
        await Expect(carla.Locator("[data-present=ana]")).ToHaveCountAsync(0);
        await Expect(bruno.Locator("[data-present]")).ToHaveCountAsync(1);
        await carla.Context.CloseAsync();
        await ana.Context.CloseAsync();
        await bruno.Context.CloseAsync();
    }
}
