using OpsBoard.Tests.Auth;

namespace OpsBoard.Tests.Security;

public sealed class SecurityExtensionsTests(SignInServer server) : IClassFixture<SignInServer>
{
    [Fact]
    public async Task Behind_a_proxy_on_https_the_sign_in_cookie_is_secure_http_only_and_same_site_lax()
    {
        using var browser = new FormSession(server.BaseAddress);
        var token = await browser.TokenFrom("/login");

        await browser.Post("/auth/login", SignInGuardTests.Form(token, "ana", "opsboard"), ("X-Forwarded-Proto", "https"));

        var cookie = Assert.Single(browser.SetCookies, c => c.StartsWith("opsboard.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("; secure", cookie, StringComparison.Ordinal);
        Assert.Contains("; httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("; samesite=lax", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_plain_http_the_cookie_is_not_marked_secure_so_a_local_install_still_signs_in()
    {
        using var browser = new FormSession(server.BaseAddress);
        var token = await browser.TokenFrom("/login");

        await browser.Post("/auth/login", SignInGuardTests.Form(token, "bruno", "opsboard"));

        var cookie = Assert.Single(browser.SetCookies, c => c.StartsWith("opsboard.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.DoesNotContain("; secure", cookie, StringComparison.Ordinal);
        Assert.Contains("; httponly", cookie, StringComparison.Ordinal);
    }
}
