using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

public sealed class LiveScreensTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly PageWaitForFunctionOptions TwoSeconds = new() { Timeout = 2000 };

    [Fact]
    public async Task The_login_page_rejects_a_wrong_password()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.Server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#username", "ana");
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[data-test=login-error]");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "opsboard.auth");
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_page_needing_sign_in_sends_the_visitor_to_the_login_form()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.Server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/queues");
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_transition_made_through_the_API_shows_on_the_agents_queue_without_reload()
    {
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync("/queues/claims");
        await BrowserFixture.WaitForCircuit(page);
        await page.EvaluateAsync("() => window.__noReload = true");
        var api = await browser.Server.ClientFor("bruno");
        // The queue is sorted by deadline over several pages; the agent narrows it as people do.
        var title = $"Live row check {Guid.NewGuid():N}";
        await BrowserFixture.SearchQueue(page, title[..22]);

        var item = await api.CreateItem("claim", new { client = "Browser" }, title);
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-key=\"{item.Id()}\"]') !== null", null, TwoSeconds);

        await api.FireOk(item.Id(), "StartInvestigation", 1);
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-key=\"{item.Id()}\"]')?.closest('tr')?.textContent.includes('Investigating')", null, TwoSeconds);

        Assert.True(await page.EvaluateAsync<bool>("() => window.__noReload === true"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_transition_made_through_the_API_shows_on_the_wallboard_without_reload()
    {
        var page = await browser.SignedInPage("diego");
        await page.GotoAsync("/wallboard");
        await BrowserFixture.WaitForCircuit(page);
        await page.EvaluateAsync("() => window.__noReload = true");
        var api = await browser.Server.ClientFor("bruno");
        var board = await api.GetJson("/api/v1/board");
        var before = board["queues"]!.AsArray().Single(q => (string?)q!["key"] == "stories-review")!["open"]!.GetValue<int>();
        var shown = await page.InnerTextAsync("[data-queue=stories-review] [data-test=queue-open]");
        Assert.Equal(before.ToString(System.Globalization.CultureInfo.InvariantCulture), shown.Trim());

        await api.CreateItem("story", new { client = "Wallboard" });
        await page.WaitForFunctionAsync(
            $"() => document.querySelector('[data-queue=stories-review] [data-test=queue-open]')?.textContent.trim() === '{before + 1}'", null, TwoSeconds);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__noReload === true"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_open_item_page_warns_when_someone_else_changes_the_item()
    {
        var api = await browser.Server.ClientFor("bruno");
        var item = await api.CreateItem("operation", new { client = "Notice", amount = 100 });
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync($"/items/{item.Id()}");
        await BrowserFixture.WaitForCircuit(page);
        await api.FireOk(item.Id(), "Identify", 1);
        await page.WaitForSelectorAsync("[data-test=changed-notice]", new() { Timeout = 2000 });
        Assert.Contains("bruno", await page.InnerTextAsync("[data-test=changed-notice]"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_agent_fires_a_trigger_with_its_required_fields_from_the_item_page()
    {
        var api = await browser.Server.ClientFor("bruno");
        var item = await api.CreateItem("claim", new { client = "Dialog" });
        await api.FireOk(item.Id(), "StartInvestigation", 1);
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync($"/items/{item.Id()}");
        await BrowserFixture.WaitForCircuit(page);
        await page.ClickAsync("[data-trigger=Resolve]");
        await page.ClickAsync("[data-field-input=verdict]");
        await page.GetByRole(AriaRole.Option, new() { Name = "Accepted" }).ClickAsync();
        await page.FillAsync("[data-field-input=rootCause]", "Picking error");
        await page.FillAsync("[data-field-input=responsibleParty]", "Warehouse");
        await page.ClickAsync("[data-test=dialog-submit]");
        await page.WaitForSelectorAsync("[data-history=Resolve]", new() { Timeout = 5000 });
        var view = await api.GetJson($"/api/v1/items/{item.Id()}");
        Assert.Equal("Resolved", (string?)view["state"]);
        Assert.Equal("Picking error", (string?)view["fields"]!["rootCause"]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_lead_gives_an_item_to_an_agent_from_the_item_page_and_an_agent_sees_no_such_control()
    {
        var api = await browser.Server.ClientFor("ana");
        var item = await api.CreateItem("claim", new { client = "Atribuição" });
        var agent = await browser.SignedInPage("bruno");
        await agent.GotoAsync($"/items/{item.Id()}");
        await BrowserFixture.WaitForCircuit(agent);
        Assert.Equal(0, await agent.Locator("[data-test=assign]").CountAsync());
        await agent.Context.CloseAsync();

        var page = await browser.SignedInPage("carla");
        await page.GotoAsync($"/items/{item.Id()}");
        await BrowserFixture.WaitForCircuit(page);
        await page.SelectOptionAsync("[data-test=assign-to]", "bruno");
        await page.ClickAsync("[data-test=assign-button]");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-test=item-assignee]')?.textContent === 'bruno'", null, new() { Timeout = 5000 });

        var view = await api.GetJson($"/api/v1/items/{item.Id()}");
        Assert.Equal("bruno", (string?)view["assignee"]);
        await page.Context.CloseAsync();
    }
}
