using Microsoft.Playwright;

namespace OpsBoard.Bench.Clients;

/// <summary>Debian's Chromium driven by Playwright, started as the browser tests start it, and signed in as a person would.</summary>
public static class Chromium
{
    // The browser tests' arguments (OpsBoard.Tests/Support/BrowserFixture.cs), so both drive the same browser.
    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
        Args = Args,
        Headless = true,
    });

    /// <summary>A browser context signed in through the login form; every page opened in it shares the cookie, each with its own circuit.</summary>
    public static async Task<IBrowserContext> SignInAsync(IBrowser browser, Uri product, string user)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = product.ToString(), Locale = "en-US" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", "opsboard");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await page.CloseAsync();
        return context;
    }

    /// <summary>A new page on the address, once its interactive circuit is up.</summary>
    public static async Task<IPage> OpenLiveAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => window.Blazor && document.querySelector('[data-circuit-ready]') !== null");
        return page;
    }
}
