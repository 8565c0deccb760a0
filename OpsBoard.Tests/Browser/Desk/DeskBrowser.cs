using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser.Desk;

/// <summary>
/// Chromium against a board with the demo people and no demo items, so a queue holds only what a test put in it
/// and "take next" takes that.
/// </summary>
public sealed class DeskBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public OpsBoardServer Server { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Server).InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await BrowserFixture.Launch(_playwright);
    }

    public async Task<IPage> Open(string user, string path)
    {
        var page = await BrowserFixture.SignIn(Browser, Server.BaseAddress, user);
        await page.GotoAsync(path);
        await BrowserFixture.WaitForCircuit(page);
        await page.WaitForSelectorAsync("html[data-shortcuts=ready]", new() { State = WaitForSelectorState.Attached });
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await ((IAsyncLifetime)Server).DisposeAsync();
    }
}
