using OpsBoard.Security;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Security;

public sealed class SecurityHeadersTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Theory]
    [InlineData("/login", false)]
    [InlineData("/api/v1/queues", true)]
    [InlineData("/api/v1/queues", false)]
    [InlineData("/api/v1/items/999999999", true)]
    [InlineData("/no-such-page", false)]
    [InlineData("/health", false)]
    public async Task Pages_api_answers_and_refusals_carry_the_security_headers(string url, bool signedIn)
    {
        using var client = signedIn ? await server.ClientFor("ana") : new HttpClient { BaseAddress = server.BaseAddress };

        var answer = await client.GetAsync(url);

        Assert.Equal("nosniff", Header(answer, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(answer, "Referrer-Policy"));
        Assert.Equal("DENY", Header(answer, "X-Frame-Options"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(answer, "Content-Security-Policy"));
        Assert.Contains("camera=()", Header(answer, "Permissions-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_policy_lets_nothing_frame_the_app_nor_load_from_another_origin()
    {
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("*", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
    }

    private static string? Header(HttpResponseMessage answer, string name) =>
        answer.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
