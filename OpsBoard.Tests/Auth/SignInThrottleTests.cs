using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Auth;

public sealed class SignInThrottleTests(ThrottledServer server) : IClassFixture<ThrottledServer>
{
    [Fact]
    public async Task An_address_past_its_sign_ins_for_the_minute_gets_429_whatever_name_it_tries_and_another_client_behind_the_proxy_does_not()
    {
        // Each name differs, so no lockout is reached: only the address counts.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await server.AskToken($"guess{i}", "x")).StatusCode);
        }

        var refused = await server.AskToken("ana", "opsboard");
        var elsewhere = await server.AskToken("ana", "opsboard", ("X-Forwarded-For", "203.0.113.9"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many sign-in attempts from this address", (string?)(await refused.Json())["detail"], StringComparison.Ordinal);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        // The audit row names the client the proxy vouched for, not the proxy.
        Assert.Equal(1, await server.Scalar("SELECT COUNT(*) FROM AuditLog WHERE Kind = 'sign-in' AND Subject = 'ana' AND RemoteAddress = '203.0.113.9'"));
    }
}
