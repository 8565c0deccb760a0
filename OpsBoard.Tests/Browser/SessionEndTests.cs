using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

/// <summary>A page open for hours loses its session the moment an Admin takes it away, not at the next minute's check.</summary>
public sealed class SessionEndTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Well under the minute after which the circuit would ask again anyway, with room for a machine busy with the suite.
    private static readonly PageWaitForURLOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_revoked_TV_leaves_the_wallboard_it_has_open_at_once()
    {
        var admin = await browser.Server.ClientFor("admin");
        var registered = await (await admin.PostAsJsonAsync("/api/v1/admin/kiosks", new { name = $"TV {Guid.NewGuid():N}"[..12] })).Json();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.Server.BaseAddress.ToString() });
        var tv = await context.NewPageAsync();
        await tv.GotoAsync(new Uri((string)registered["link"]!, UriKind.RelativeOrAbsolute).ToString());
        await tv.WaitForURLAsync("**/wallboard**");
        await BrowserFixture.WaitForCircuit(tv);

        var revoked = await admin.PostAsync($"/api/v1/admin/kiosks/{(long)registered["kiosk"]!["id"]!}/revoke", null);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);

        await tv.WaitForURLAsync("**/login**", Soon);
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_disabled_person_leaves_the_queue_page_they_have_open_at_once()
    {
        var name = "p" + Guid.NewGuid().ToString("N")[..10];
        var admin = await browser.Server.ClientFor("admin");
        var created = await admin.PostAsJsonAsync("/api/v1/admin/users",
            new { userName = name, displayName = "Leaving", roles = new[] { "Agent" }, password = Admin.PeopleKit.GoodPassword });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var page = await BrowserFixture.SignIn(browser.Browser, browser.Server.BaseAddress, name, Admin.PeopleKit.GoodPassword);
        await page.GotoAsync("/queues");
        await BrowserFixture.WaitForCircuit(page);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/admin/users/{name}/disable", null)).StatusCode);

        await page.WaitForURLAsync("**/login**", Soon);
        await page.Context.CloseAsync();
    }
}
