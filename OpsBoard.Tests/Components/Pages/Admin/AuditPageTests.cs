using OpsBoard.Tests.Auth;

namespace OpsBoard.Tests.Components.Pages.Admin;

public sealed class AuditPageTests(SignInServer server) : IClassFixture<SignInServer>
{
    [Theory]
    [InlineData("ana", false)]
    [InlineData("carla", false)]
    [InlineData("admin", true)]
    public async Task Only_an_admin_opens_the_audit_log_page(string user, bool opens)
    {
        using var browser = new FormSession(server.BaseAddress);
        var token = await browser.TokenFrom("/login");
        await browser.Post("/auth/login", SignInGuardTests.Form(token, user, "opsboard"));

        var answer = await browser.Get("/admin/audit");
        var page = await answer.Content.ReadAsStringAsync();

        Assert.Equal(opens, page.Contains("data-test=\"audit-table\"", StringComparison.Ordinal));
        // Anyone else is sent to the access-denied page.
        Assert.Equal(!opens, answer.Headers.Location?.ToString().Contains("/access-denied", StringComparison.Ordinal) ?? false);
    }
}
