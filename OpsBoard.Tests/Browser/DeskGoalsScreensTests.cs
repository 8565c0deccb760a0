using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

public sealed class DeskGoalsScreensTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly PageWaitForFunctionOptions FiveSeconds = new() { Timeout = 5000 };

    [Fact]
    public async Task A_manager_sets_an_analysts_goal_on_the_desk_and_sees_the_progress_toward_it()
    {
        var page = await browser.SignedInPage("diego");
        await page.GotoAsync("/collections");
        await BrowserFixture.WaitForCircuit(page);

        await page.ClickAsync("[data-test=edit-goals]");
        await page.FillAsync("[data-test=goals] tr[data-analyst=bruno] input", "5000");
        await page.ClickAsync("[data-test=save-goals]");

        await page.WaitForFunctionAsync("() => document.querySelector('[data-test=goals] tr[data-analyst=bruno] [data-test=progress]') !== null", null, FiveSeconds);
        var api = await browser.Server.ClientFor("diego");
        var bruno = (await api.GetJson("/api/v1/collections/goals")).AsObject()["analysts"]!.AsArray().Single(a => (string?)a!["analyst"] == "bruno")!;
        Assert.Equal(5000m, bruno["goal"]!.GetValue<decimal>());
        var progress = bruno["progress"]!.GetValue<decimal>().ToString("P0", CultureInfo.GetCultureInfo("en-US"));
        Assert.Equal(progress, (await page.InnerTextAsync("[data-test=goals] tr[data-analyst=bruno] [data-test=progress]")).Trim());
        Assert.Contains("5,000", await page.InnerTextAsync("[data-test=goals] tr[data-analyst=bruno] [data-test=goal]"), StringComparison.Ordinal);
        Assert.Equal(1, await browser.Server.Scalar("SELECT COUNT(*) FROM AuditLog WHERE Kind = 'setting-change' AND Subject LIKE 'recovery-goal:%:bruno' AND Actor = 'diego'"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_agent_sees_no_goal_editing_and_no_bureau_file()
    {
        var page = await browser.SignedInPage("ana");
        await page.GotoAsync("/collections");
        await BrowserFixture.WaitForCircuit(page);

        await page.WaitForSelectorAsync("[data-test=goals] tr[data-analyst='']");
        Assert.Equal(0, await page.Locator("[data-test=edit-goals]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-test=bureau]").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_deposits_page_shows_a_new_deposit_and_its_support_request_live()
    {
        var page = await browser.SignedInPage("bruno");
        await page.GotoAsync("/collections/deposits");
        await BrowserFixture.WaitForCircuit(page);
        await page.EvaluateAsync("() => window.__noReload = true");
        var api = await browser.Server.ClientFor("bruno");

        var registered = await api.PostAsJsonAsync("/api/v1/collections/deposits", new { amount = 777.7m, reference = "PIX AO VIVO 5521", channel = "PayU" });
        var id = (await registered.Json()).Id();
        await page.ClickAsync($"[data-key='{id}'] [data-test=choose]", new() { Timeout = 5000 });
        await page.WaitForSelectorAsync($"[data-key='{id}'] [data-test=request-support]");
        var asked = await api.PostAsJsonAsync($"/api/v1/collections/deposits/{id}/support", new { network = "openpay" });

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        await page.WaitForFunctionAsync($"() => document.querySelector(\"[data-key='{id}'] [data-test=support]\")?.textContent.includes('Open Pay')", null, FiveSeconds);
        Assert.Equal("false", await page.GetAttributeAsync($"[data-key='{id}'] [data-test=support]", "data-late"));
        Assert.Equal(0, await page.Locator($"[data-key='{id}'] [data-test=request-support]").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__noReload === true"));
        await page.Context.CloseAsync();
    }
}
