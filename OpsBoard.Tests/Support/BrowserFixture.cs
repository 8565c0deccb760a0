using Microsoft.Playwright;

namespace OpsBoard.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright, against the real app on Kestrel.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public OpsBoardServer Server { get; } = new DemoServer();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Server).InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await Launch(_playwright);
    }

    /// <summary>Debian's Chromium, headless, kept off the network beyond loopback.</summary>
    public static Task<IBrowser> Launch(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
        Args = ChromiumArgs,
        Headless = true,
    });

    /// <summary>A fresh browser context signed in through the login form, as a person would.</summary>
    public Task<IPage> SignedInPage(string user) => SignIn(Browser, Server.BaseAddress, user);

    public static async Task<IPage> SignIn(IBrowser browser, Uri baseAddress, string user, string password = "opsboard")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), Locale = "en-US" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Waits until the interactive circuit is up, so later changes arrive over it.</summary>
    public static Task WaitForCircuit(IPage page) =>
        page.WaitForFunctionAsync("() => window.Blazor && document.querySelector('[data-circuit-ready]') !== null");

    /// <summary>
    /// Chooses a file in a Blazor file input as a person would, once the page's script has taken the input over: a file
    /// chosen before that is never heard of by the server, which happens when the input has only just been drawn (a
    /// dialog opening) on a busy machine.
    /// </summary>
    public static async Task ChooseFile(ILocator input, FilePayload file)
    {
        await input.EvaluateAsync("(e, ms) => new Promise((done, fail) => { const t = Date.now(); (function wait() { "
            + "if (e._blazorInputFileNextFileId !== undefined) done(); else if (Date.now() - t > ms) fail(new Error('file input never initialised')); "
            + "else setTimeout(wait, 20); })(); })", 15_000);
        await input.SetInputFilesAsync(file);
    }

    /// <summary>Narrows a queue as agents do and waits until the narrowed page has been read, so an item made next arrives as a push.</summary>
    public static async Task SearchQueue(IPage page, string text)
    {
        await page.FillAsync(".data-table-filter input", text);
        await page.WaitForSelectorAsync($".queue-items[data-search=\"{text}\"]");
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await ((IAsyncLifetime)Server).DisposeAsync();
    }
}
