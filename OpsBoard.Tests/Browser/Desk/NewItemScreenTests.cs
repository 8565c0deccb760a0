using Microsoft.Playwright;
using OpsBoard.Domain;
using OpsBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser.Desk;

/// <summary>Every kind of item made from the queues' "New item" button, through the one create command.</summary>
public sealed class NewItemScreenTests(DeskBrowser desk) : IClassFixture<DeskBrowser>
{
    [Theory]
    [InlineData("operation", "amount")]
    [InlineData("story", null)]
    [InlineData("claim", null)]
    [InlineData("collection", "amountDue")]
    [InlineData("onboarding", null)]
    public async Task A_lead_creates_each_kind_of_item_from_the_queues_and_lands_on_the_new_item(string type, string? money)
    {
        var page = await desk.Open("carla", "/queues/claims");
        var title = $"New {type} {Guid.NewGuid():N}"[..28];

        await page.ClickAsync("[data-test=new-item]");
        await page.ClickAsync("[data-field-input=type]");
        await page.GetByRole(AriaRole.Option, new() { Name = KindInEnglish(type), Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-test=new-item-dialog]")).ToHaveAttributeAsync("data-kind", type);
        await page.FillAsync("[data-field-input=title]", title);
        await page.FillAsync("[data-field-input=client]", "Acme Ltda");
        if (money is not null)
        {
            await page.FillAsync($"[data-field-input={money}]", "1500.5");
        }
        await page.ClickAsync("[data-test=new-item-create]");

        await Expect(page.Locator("[data-test=item-title]")).ToHaveTextAsync(title);
        var id = long.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var view = await (await desk.Server.ClientFor("carla")).GetJson($"/api/v1/items/{id}");
        Assert.Equal(type, (string?)view["type"]);
        Assert.Equal("Acme Ltda", (string?)view["fields"]!["client"]);
        if (money is not null)
        {
            Assert.Equal(1500.5m, view["fields"]![money]!.GetValue<decimal>());
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_new_item_without_its_required_fields_is_refused_in_the_dialog_in_Portuguese_and_nothing_is_created()
    {
        var page = await desk.Open("ana", "/culture?c=pt-BR&r=/queues/claims");
        var before = await desk.Server.Scalar("SELECT COUNT(*) FROM Items");

        await page.ClickAsync("[data-test=new-item]");
        await page.ClickAsync("[data-test=new-item-create]");

        var dialog = page.Locator("[data-test=new-item-dialog]");
        await Expect(dialog).ToContainTextAsync("é obrigatório");
        await Expect(dialog).ToContainTextAsync("Informe um título");
        Assert.Equal(before, await desk.Server.Scalar("SELECT COUNT(*) FROM Items"));
        await page.Context.CloseAsync();
    }

    private static string KindInEnglish(string type)
    {
        using var culture = new UiCulture("en");
        return WorkflowText.WorkflowType(type);
    }
}
