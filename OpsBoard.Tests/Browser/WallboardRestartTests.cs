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
        var api = await second.ClientFor("bruno");
        var shown = false;
        // Nobody touches the page: it must find the new server, and then show changes as they happen.
        for (var attempt = 0; attempt < 20 && !shown; attempt++)
        {
            var before = await page.InnerTextAsync("[data-test=total-open]");
            await api.CreateItem("claim", new { client = "After restart" });
            shown = await page.WaitForFunctionAsync("b => document.querySelector('[data-test=total-open]')?.textContent !== b", before,
                new() { Timeout = 2000 }).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
        }

        Assert.True(shown, "The wallboard did not show a change made after the restart within 40 seconds.");
        Assert.EndsWith("/wallboard", page.Url, StringComparison.Ordinal);
        // The sign-in survived because the cookie keys live beside the database, not in memory.
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_directory, "keys"), "*.xml"));
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
