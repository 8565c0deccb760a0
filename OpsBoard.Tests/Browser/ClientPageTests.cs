using System.Net.Http.Json;
using Microsoft.Playwright;
using OpsBoard.Tests.Clients;
using OpsBoard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpsBoard.Tests.Browser;

public sealed class ClientPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_client_page_shows_an_item_created_for_the_client_elsewhere_while_it_is_open_and_its_move_without_reload()
    {
        var carla = await browser.Server.ClientFor("carla");
        var tag = ClientsKit.Tag();
        var client = await carla.RegisterClient(new { name = $"Ao Vivo {tag} Ltda", segment = "company" });
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync($"/clients/{client.Id()}");
        await BrowserFixture.WaitForCircuit(page);
        await page.EvaluateAsync("() => window.__noReload = true");
        await Expect(page.Locator("[data-test=client-name]")).ToHaveTextAsync($"Ao Vivo {tag} Ltda");
        await Expect(page.Locator("[data-test=total-open] .client-total-value")).ToHaveTextAsync("0");
        await Expect(page.Locator("[data-test=client-no-items]")).ToBeVisibleAsync();

        // Another person, through the API, names the client in another spelling.
        var bruno = await browser.Server.ClientFor("bruno");
        var item = await bruno.CreateItem("claim", new { client = $"AO VIVO {tag.ToLowerInvariant()} LTDA." }, $"Live claim {tag}");

        var link = page.Locator($"[data-key=\"{item.Id()}\"]");
        await Expect(link).ToHaveTextAsync($"Live claim {tag}");
        await Expect(page.Locator("[data-test=total-open] .client-total-value")).ToHaveTextAsync("1");
        await Expect(page.Locator("[data-test=total-claims] .client-total-value")).ToHaveTextAsync("1");

        await bruno.FireOk(item.Id(), "StartInvestigation", item.Version());
        await Expect(page.Locator("[data-test=client-items] tr", new() { Has = link })).ToContainTextAsync("Investigating");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__noReload === true"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_contact_logged_on_one_of_the_clients_items_elsewhere_shows_on_its_open_page_without_reload()
    {
        var carla = await browser.Server.ClientFor("carla");
        var tag = ClientsKit.Tag();
        var client = await carla.RegisterClient(new { name = $"Conversa {tag} Ltda", segment = "company" });
        var claim = await carla.CreateItemFor(client.Id(), "claim", new { client = $"Conversa {tag} Ltda" }, $"Talked claim {tag}");
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync($"/clients/{client.Id()}");
        await BrowserFixture.WaitForCircuit(page);
        await page.EvaluateAsync("() => window.__noReload = true");
        await Expect(page.Locator("[data-test=client-no-contacts]")).ToBeVisibleAsync();

        var logged = await carla.PostAsJsonAsync($"/api/v1/items/{claim.Id()}/contacts",
            new { channel = "whatsapp", direction = "in", outcome = "sent the photos", note = "three photos of the box" });
        Assert.True(logged.IsSuccessStatusCode, await logged.Content.ReadAsStringAsync());

        var row = page.Locator($"[data-test=client-contact][data-item=\"{claim.Id()}\"]");
        await Expect(row).ToContainTextAsync("WhatsApp");
        await Expect(row).ToContainTextAsync("sent the photos");
        await Expect(row).ToContainTextAsync($"Talked claim {tag}");
        await Expect(row).ToContainTextAsync("three photos of the box");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__noReload === true"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_desk_picked_on_a_clients_page_is_saved_as_a_view_and_reopened_on_another_clients_page_after_signing_in_again()
    {
        var carla = await browser.Server.ClientFor("carla");
        var tag = ClientsKit.Tag();
        var first = await carla.RegisterClient(new { name = $"Vista Um {tag}", segment = "company" });
        var second = await carla.RegisterClient(new { name = $"Vista Dois {tag}", segment = "company" });
        await carla.CreateItemFor(second.Id(), "claim", new { client = $"Vista Dois {tag}" }, $"Second claim {tag}");
        var operation = await carla.CreateItemFor(second.Id(), "operation", new { client = $"Vista Dois {tag}", amount = 100m }, $"Second operation {tag}");
        var page = await browser.SignedInPage("carla");
        await page.GotoAsync($"/clients/{first.Id()}");
        await BrowserFixture.WaitForCircuit(page);

        await page.ClickAsync("[data-test=client-desks] [data-desk=operation]");
        await Expect(page.Locator("[data-test=client-desks] [data-desk=operation]")).ToHaveAttributeAsync("aria-pressed", "true");
        await SavedViewSteps.SaveAsync(page, $"Operations {tag}");
        await page.Context.CloseAsync();

        var again = await browser.SignedInPage("carla");
        await again.GotoAsync($"/clients/{second.Id()}");
        await BrowserFixture.WaitForCircuit(again);
        await Expect(again.Locator("[data-test=client-items] a[data-key]")).ToHaveCountAsync(2);
        await SavedViewSteps.OpenAsync(again, $"Operations {tag}");

        await Expect(again.Locator("[data-test=client-desks] [data-desk=operation]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(again.Locator("[data-test=client-items] a[data-key]")).ToHaveCountAsync(1);
        await Expect(again.Locator($"[data-test=client-items] a[data-key='{operation.Id()}']")).ToHaveCountAsync(1);
        await again.Context.CloseAsync();
    }

    [Fact]
    public async Task An_edit_of_the_client_made_elsewhere_reaches_its_open_page_without_reload()
    {
        var carla = await browser.Server.ClientFor("carla");
        var tag = ClientsKit.Tag();
        var client = await carla.RegisterClient(new { name = $"Antes {tag} Ltda", segment = "company" });
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync($"/clients/{client.Id()}");
        await BrowserFixture.WaitForCircuit(page);
        await page.EvaluateAsync("() => window.__noReload = true");
        await Expect(page.Locator("[data-test=client-name]")).ToHaveTextAsync($"Antes {tag} Ltda");

        var changed = await carla.PutAsJsonAsync($"/api/v1/clients/{client.Id()}", new { name = $"Depois {tag} Ltda", segment = "vip" });

        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());
        await Expect(page.Locator("[data-test=client-name]")).ToHaveTextAsync($"Depois {tag} Ltda");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__noReload === true"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_new_item_made_from_the_client_page_comes_filled_with_the_client_and_belongs_to_it()
    {
        var carla = await browser.Server.ClientFor("carla");
        var tag = ClientsKit.Tag();
        var client = await carla.RegisterClient(new { name = $"Nova {tag} Ltda", segment = "company" });
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync($"/clients/{client.Id()}");
        await BrowserFixture.WaitForCircuit(page);

        await page.ClickAsync("[data-test=new-item]");
        await page.ClickAsync("[data-field-input=type]");
        string claim;
        using (new UiCulture("en"))
        {
            claim = OpsBoard.Domain.WorkflowText.WorkflowType("claim");
        }
        await page.GetByRole(AriaRole.Option, new() { Name = claim, Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-field-input=client]")).ToHaveValueAsync($"Nova {tag} Ltda");
        await page.FillAsync("[data-field-input=title]", $"From the client page {tag}");
        await page.ClickAsync("[data-test=new-item-create]");

        await Expect(page.Locator("[data-test=item-title]")).ToHaveTextAsync($"From the client page {tag}");
        var id = long.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var view = await carla.GetJson($"/api/v1/items/{id}");
        Assert.Equal(client.Id(), (long)view["clientId"]!);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_clients_list_finds_a_client_by_another_spelling_and_its_page_filters_its_work_by_desk()
    {
        var carla = await browser.Server.ClientFor("carla");
        var tag = ClientsKit.Tag();
        var claim = await carla.CreateItem("claim", new { client = $"Gráfica {tag} S.A." }, $"Claim {tag}");
        var operation = await carla.CreateItem("operation", new { client = $"GRAFICA {tag}", amount = 2500m, currency = "USD" }, $"Operation {tag}");
        var page = await browser.SignedInPage("carla");
        await page.GotoAsync("/clients");
        await BrowserFixture.WaitForCircuit(page);

        await page.FillAsync(".clients-search input", $"grafica {tag}");
        await Expect(page.Locator(".clients-list")).ToHaveAttributeAsync("data-search", $"grafica {tag}");
        await Expect(page.Locator("[data-test=client-link]")).ToHaveTextAsync($"Gráfica {tag} S.A.");
        await page.ClickAsync("[data-test=client-link]");

        await Expect(page.Locator("[data-test=client-name]")).ToHaveTextAsync($"Gráfica {tag} S.A.");
        await BrowserFixture.WaitForCircuit(page);
        await Expect(page.Locator("[data-test=total-operations]")).ToContainTextAsync("$2,500");
        await Expect(page.Locator($"[data-key=\"{claim.Id()}\"]")).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-key=\"{operation.Id()}\"]")).ToBeVisibleAsync();
        await page.ClickAsync("[data-test=client-desks] [data-desk=operation]");
        await Expect(page.Locator($"[data-key=\"{claim.Id()}\"]")).ToHaveCountAsync(0);
        await Expect(page.Locator($"[data-key=\"{operation.Id()}\"]")).ToBeVisibleAsync();

        await page.ClickAsync($"[data-key=\"{operation.Id()}\"]");
        await Expect(page.Locator("[data-test=item-client]")).ToContainTextAsync($"Gráfica {tag} S.A.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_clients_list_narrows_to_a_segment_and_a_click_anywhere_on_a_row_opens_the_client()
    {
        var carla = await browser.Server.ClientFor("carla");
        var tag = ClientsKit.Tag();
        var vip = await carla.RegisterClient(new { name = $"Segmento {tag} VIP Ltda", segment = "vip" });
        await carla.RegisterClient(new { name = $"Segmento {tag} Comum Ltda", segment = "company" });
        var page = await browser.SignedInPage("carla");
        await page.GotoAsync("/clients");
        await BrowserFixture.WaitForCircuit(page);

        await page.FillAsync(".clients-search input", $"segmento {tag}");
        await Expect(page.Locator("[data-test=client-link]")).ToHaveCountAsync(2);
        await page.SelectOptionAsync("[data-test=clients-segment]", "vip");
        await Expect(page.Locator("[data-test=client-link]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-test=client-link]")).ToHaveTextAsync($"Segmento {tag} VIP Ltda");
        // Where the segment is drawn, not on the name's link: the whole row opens the client.
        var chip = (await page.Locator("[data-test=client-segment]").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(chip.X + (chip.Width / 2), chip.Y + (chip.Height / 2));

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/clients/{vip.Id()}$"));
        await page.Context.CloseAsync();
    }
}
