using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

public sealed class SecurityPolicyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Under_the_content_security_policy_the_queues_page_renders_and_goes_live_and_the_admin_reads_the_audit_log()
    {
        var page = await browser.SignedInPage("admin");
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        var answer = await page.GotoAsync("/queues/claims");
        await BrowserFixture.WaitForCircuit(page);
        var title = $"CSP live check {Guid.NewGuid():N}";
        await BrowserFixture.SearchQueue(page, title[..20]);
        var item = await (await browser.Server.ClientFor("bruno")).CreateItem("claim", new { client = "Browser" }, title);
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-key=\"{item.Id()}\"]') !== null");

        Assert.Contains("default-src 'self'", await answer!.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);

        await page.GotoAsync("/admin/audit");
        await BrowserFixture.WaitForCircuit(page);
        await page.WaitForSelectorAsync("[data-test=audit-kind-cell]");
        Assert.Equal("Sign-in", (await page.InnerTextAsync("[data-test=audit-kind-cell]")).Trim());

        Assert.Empty(violations);
        await page.Context.CloseAsync();
    }
}
