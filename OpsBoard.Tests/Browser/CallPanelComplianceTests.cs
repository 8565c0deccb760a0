using Microsoft.Playwright;
using OpsBoard.Tests.Collections;
using OpsBoard.Tests.Collections.Compliance;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

/// <summary>The call panel asks before dialling, on a server whose clock stands after the window closed.</summary>
public sealed class CallPanelComplianceTests(ComplianceServer server) : IClassFixture<ComplianceServer>, IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserFixture.Launch(_playwright);
    }

    [Fact]
    public async Task The_call_panel_shows_why_the_debtor_may_not_be_called_now_and_keeps_the_outcomes_disabled()
    {
        var api = await server.SignedInNow("bruno");
        var id = (await api.NewCase("Painel Fora de Hora")).Id();
        var page = await BrowserFixture.SignIn(_browser!, server.BaseAddress, "bruno");

        await page.GotoAsync($"/items/{id}");
        await BrowserFixture.WaitForCircuit(page);
        var refusal = page.Locator($"[data-test=call-panel][data-case='{id}'] [data-test=call-refused]");
        await refusal.WaitForAsync();

        Assert.Equal("CallOutsideWindow", await refusal.GetAttributeAsync("data-reason"));
        var text = await refusal.InnerTextAsync();
        Assert.Contains("not allowed now", text);
        Assert.Contains("Calling is allowed again from", text);
        Assert.True(await refusal.IsVisibleAsync());
        Assert.True(await page.Locator($"[data-test=call-panel][data-case='{id}'] [data-outcome=noAnswer]").IsDisabledAsync());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
