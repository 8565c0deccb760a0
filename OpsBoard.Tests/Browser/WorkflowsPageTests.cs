using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

public sealed class WorkflowsPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly Microsoft.Playwright.PageWaitForFunctionOptions Patient = new() { Timeout = 60_000 };

    [Fact]
    public async Task Every_workflow_is_drawn_in_the_readers_language_and_its_counts_follow_the_items_live()
    {
        var page = await browser.SignedInPage("diego");
        await page.GotoAsync("/culture?c=pt-BR&r=/workflows");
        await BrowserFixture.WaitForCircuit(page);
        // Mermaid is a large script; on a busy machine its first drawing takes a while.
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.diagram[data-drawn] svg').length === 5", null, Patient);
        var claim = page.Locator("[data-workflow=claim] .diagram");
        Assert.Contains("Registrado", await claim.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Iniciar investigação", await claim.InnerTextAsync(), StringComparison.Ordinal);
        var before = await CountOfRegistered(claim);

        var api = await browser.Server.ClientFor("bruno");
        await api.CreateItem("claim", new { client = "Diagram" });

        await page.WaitForFunctionAsync(
            "n => [...document.querySelectorAll('[data-workflow=claim] .diagram .nodeLabel')].some(l => l.textContent.startsWith('Registrado · ') && l.textContent !== 'Registrado · ' + n)",
            before, Patient);
        Assert.Equal(before + 1, await CountOfRegistered(claim));
        await page.Context.CloseAsync();
    }

    private static async Task<int> CountOfRegistered(Microsoft.Playwright.ILocator diagram)
    {
        var labels = await diagram.Locator(".nodeLabel").AllInnerTextsAsync();
        return int.Parse(labels.Single(l => l.StartsWith("Registrado · ", StringComparison.Ordinal))["Registrado · ".Length..],
            System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.GetCultureInfo("pt-BR"));
    }
}
