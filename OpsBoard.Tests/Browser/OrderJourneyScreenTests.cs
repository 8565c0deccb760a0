using Microsoft.Playwright;
using OpsBoard.Domain;
using OpsBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser;

/// <summary>An order from the phone call to its documents at accounting, every step made on the screens: the desk's and the warehouse's.</summary>
public sealed class OrderJourneyScreenTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_order_created_in_the_new_item_dialog_goes_through_the_desk_and_the_warehouse_to_documents_sent()
    {
        var desk = await browser.SignedInPage("ana");
        await desk.GotoAsync("/queues/orders");
        await BrowserFixture.WaitForCircuit(desk);
        var title = $"Order {Guid.NewGuid():N}"[..20];

        await desk.ClickAsync("[data-test=new-item]");
        await desk.ClickAsync("[data-field-input=type]");
        await desk.GetByRole(AriaRole.Option, new() { Name = English(() => WorkflowText.WorkflowType("order")), Exact = true }).ClickAsync();
        await Expect(desk.Locator("[data-test=new-item-dialog]")).ToHaveAttributeAsync("data-kind", "order");
        await desk.FillAsync("[data-field-input=title]", title);
        await desk.FillAsync("[data-field-input=client]", "ООО Полный Путь");
        await Pick(desk, "channel", "phone");
        await desk.FillAsync("[data-field-input=lines]", "Paper A4 x 10, Toner TN-2375 x 2");
        await desk.FillAsync("[data-field-input=amount]", "1250");
        await desk.ClickAsync("[data-test=new-item-create]");
        await Expect(desk.Locator("[data-test=item-title]")).ToHaveTextAsync(title);
        var id = long.Parse(desk.Url[(desk.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

        await desk.ClickAsync("[data-trigger=Confirm]");
        await desk.FillAsync("[data-field-input=confirmedBy]", "Irina, purchasing");
        await Pick(desk, "confirmationMethod", "phone");
        await desk.ClickAsync("[data-test=dialog-submit]");
        await Expect(desk.Locator("[data-history=Confirm]")).ToHaveCountAsync(1);
        await desk.ClickAsync("[data-trigger=SendToWarehouse]");
        await Expect(desk.Locator("[data-history=SendToWarehouse]")).ToHaveCountAsync(1);

        var warehouse = await browser.SignedInPage("wanda");
        await warehouse.GotoAsync($"/items/{id}");
        await BrowserFixture.WaitForCircuit(warehouse);
        await warehouse.ClickAsync("[data-trigger=Pick]");
        await Expect(warehouse.Locator("[data-history=Pick]")).ToHaveCountAsync(1);
        await warehouse.ClickAsync("[data-trigger=Ship]");
        await warehouse.FillAsync("[data-field-input=carrier]", "CDEK");
        await warehouse.FillAsync("[data-field-input=trackingNumber]", "1234567890");
        await warehouse.ClickAsync("[data-test=dialog-submit]");
        await Expect(warehouse.Locator("[data-history=Ship]")).ToHaveCountAsync(1);

        // The desk's open page says the warehouse changed the order; reading it again shows it shipped.
        await desk.ReloadAsync();
        await BrowserFixture.WaitForCircuit(desk);
        await Expect(desk.Locator("[data-history=Ship]")).ToHaveCountAsync(1);
        await desk.ClickAsync("[data-trigger=Deliver]");
        await Expect(desk.Locator("[data-history=Deliver]")).ToHaveCountAsync(1);
        await BrowserFixture.ChooseFile(desk.Locator("[data-test=files-panel] input[type=file]"), new FilePayload
        {
            Name = "invoice.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 invoice"u8.ToArray(),
        });
        // The file travels over the page's connection in chunks before it is stored: on a busy machine that outlasts the default 5 s.
        await Expect(desk.Locator("[data-history=AttachFile]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await desk.ClickAsync("[data-trigger=SendDocuments]");

        await Expect(desk.Locator("[data-history=SendDocuments]")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        var order = await (await browser.Server.ClientFor("ana")).GetJson($"/api/v1/items/{id}");
        Assert.Equal(("DocumentsSent", "phone", 1250m), ((string?)order["state"], (string?)order["fields"]!["channel"], order["fields"]!["amount"]!.GetValue<decimal>()));
        Assert.Equal(["Paper A4 x 10", "Toner TN-2375 x 2"], order["fields"]!["lines"]!.AsArray().Select(l => (string)l!));
        await desk.Context.CloseAsync();
        await warehouse.Context.CloseAsync();
    }

    private static async Task Pick(IPage page, string field, string choice)
    {
        await page.ClickAsync($"[data-field-input={field}]");
        await page.GetByRole(AriaRole.Option, new() { Name = English(() => WorkflowText.Choice(choice)), Exact = true }).ClickAsync();
    }

    private static string English(Func<string> text)
    {
        using var culture = new UiCulture("en");
        return text();
    }
}
