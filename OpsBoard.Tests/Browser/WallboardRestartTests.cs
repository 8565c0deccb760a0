using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

/// <summary>The wallboard runs unattended on a TV: a server restart must not leave it dead.</summary>
public sealed class WallboardRestartTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsboard-tests", Guid.NewGuid().ToString("N"));
    private readonly int _port = FreePort();
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IAsyncLifetime? _second;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserFixture.Launch(_playwright);
    }

    [Fact]
    public async Task The_wallboard_comes_back_live_by_itself_after_the_server_restarts()
    {
        IAsyncLifetime first = new SamePortServer(_directory, _port, keepFiles: true);
        await first.InitializeAsync();
        var page = await BrowserFixture.SignIn(_browser, ((OpsBoardServer)first).BaseAddress, "diego");
        await page.GotoAsync("/wallboard");
        await BrowserFixture.WaitForCircuit(page);
        await first.DisposeAsync();
        await page.WaitForTimeoutAsync(3000);

        var second = new SamePortServer(_directory, _port, keepFiles: false);
        _second = second;
        await ((IAsyncLifetime)second).InitializeAsync();
        Assert.True(await ComesBackLive(page, await second.ClientFor("bruno")), "The wallboard did not show a change made after the restart within 40 seconds.");
        Assert.EndsWith("/wallboard", page.Url, StringComparison.Ordinal);
        // The sign-in survived because the cookie keys live beside the database, not in memory.
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_directory, "keys"), "*.xml"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task During_the_outage_the_tv_shows_our_calm_reconnecting_banner_in_its_language_and_then_the_live_board_again()
    {
        IAsyncLifetime first = new SamePortServer(_directory, _port, keepFiles: true);
        await first.InitializeAsync();
        var page = await BrowserFixture.SignIn(_browser, ((OpsBoardServer)first).BaseAddress, "diego");
        await page.SetViewportSizeAsync(1920, 1080);
        await page.GotoAsync("/culture?c=pt-BR&r=/wallboard");
        await BrowserFixture.WaitForCircuit(page);
        var banner = page.Locator("[data-test=reconnect]");
        Assert.False(await banner.IsVisibleAsync());

        await first.DisposeAsync();
        await banner.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 10_000 });
        Assert.Contains("Reconectando…", await banner.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("O painel volta sozinho", await banner.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Rejoining", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#components-reconnect-modal button").CountAsync());

        var second = new SamePortServer(_directory, _port, keepFiles: false);
        _second = second;
        await ((IAsyncLifetime)second).InitializeAsync();

        Assert.True(await ComesBackLive(page, await second.ClientFor("bruno")), "The wallboard did not come back live within 40 seconds.");
        // A resumed circuit may draw the new numbers a moment before the script that resumed it closes the banner.
        await banner.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 5_000 });
        Assert.Contains("Em aberto", await page.InnerTextAsync("[data-test=wallboard]"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    /// <summary>Nobody touches the page: it must find the new server, and then show changes as they happen.</summary>
    private static async Task<bool> ComesBackLive(IPage page, HttpClient api)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var before = await page.InnerTextAsync("[data-test=total-open]");
            await api.CreateItem("claim", new { client = "After restart" });
            var shown = await page.WaitForFunctionAsync("b => document.querySelector('[data-test=total-open]')?.textContent !== b", before,
                new() { Timeout = 2000 }).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
            if (shown)
            {
                return true;
            }
        }
        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class SamePortServer : OpsBoardServer
    {
        public SamePortServer(string directory, int port, bool keepFiles)
            : base(directory, port) => KeepFiles = keepFiles;
    }
}
