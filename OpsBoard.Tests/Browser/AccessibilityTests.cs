using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

/// <summary>
/// axe-core's WCAG 2.1 A and AA rules run inside each page as a person sees it, after the live circuit is up:
/// nothing serious or critical is allowed on any page, in any of its languages.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("ana", "/queues/claims", "en", true)]
    [InlineData("ana", "/queues/claims", "ru", true)]
    [InlineData("ana", "/queues/mine", "pt-BR", true)]
    [InlineData("ana", "/workflows", "en", true)]
    [InlineData("ana", "/items/999999999", "pt-BR", true)]
    [InlineData("ana", "/collections", "pt-BR", true)]
    [InlineData("carla", "/collections", "en", true)]
    [InlineData("carla", "/collections/deposits", "es", true)]
    [InlineData("ana", "/onboarding", "ru", true)]
    [InlineData("diego", "/reports", "pt-BR", true)]
    [InlineData("ana", "/clients", "es", true)]
    [InlineData("carla", "/clients/1", "pt-BR", true)]
    [InlineData("ana", "/protocols", "pt-BR", true)]
    [InlineData("diego", "/wallboard", "en", true)]
    [InlineData("diego", "/wallboard", "ru", true)]
    [InlineData("ana", "/reports", "es", false)]
    [InlineData("ana", "/no-such-page", "en", false)]
    public async Task A_page_has_no_serious_or_critical_accessibility_violations(string user, string path, string culture, bool live)
    {
        var page = await browser.SignedInPage(user);
        await page.GotoAsync($"/culture?c={culture}&r={Uri.EscapeDataString(path)}");
        // Error pages are answered by the server alone; live pages are measured once their circuit has drawn them.
        if (live)
        {
            await BrowserFixture.WaitForCircuit(page);
        }

        var problems = await SeriousViolations(page);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("pt-BR")]
    public async Task An_items_page_with_its_transition_dialog_open_has_no_serious_or_critical_accessibility_violations(string culture)
    {
        var bruno = await browser.Server.ClientFor("bruno");
        var item = await bruno.CreateItem("claim", new { client = "Axe" }, "Accessibility check");
        await bruno.FireOk(item.Id(), "StartInvestigation", item.Version());
        var page = await browser.SignedInPage("carla");
        await page.GotoAsync($"/culture?c={culture}&r=/items/{item.Id()}");
        await BrowserFixture.WaitForCircuit(page);
        var onPage = await SeriousViolations(page);

        await page.ClickAsync("[data-trigger=Resolve]");
        await page.WaitForSelectorAsync("[data-test=transition-dialog]");
        var inDialog = await SeriousViolations(page);

        Assert.True(onPage.Count + inDialog.Count == 0, string.Join(Environment.NewLine, onPage.Concat(inDialog)));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_sign_in_page_has_no_serious_or_critical_accessibility_violations()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.Server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");

        var problems = await SeriousViolations(page);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        await context.CloseAsync();
    }

    private static async Task<IReadOnlyList<string>> SeriousViolations(IPage page)
    {
        var result = await page.RunAxe(Wcag21);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .SelectMany(v => v.Nodes.Select(n => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" ", n.Target)} — {n.Html} — {string.Join("; ", n.Any.Select(c => c.Message))}"))
            .ToList();
    }
}
