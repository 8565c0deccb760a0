using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Auth;

public sealed class SignInGuardTests(SignInServer server) : IClassFixture<SignInServer>
{
    private const string Wrong = "not-the-password";
    private const string Right = "opsboard";

    [Fact]
    public async Task Five_wrong_passwords_lock_the_name_and_even_the_right_one_is_refused_until_the_lock_ends()
    {
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await server.AskToken("bruno", Wrong)).StatusCode);
        }

        var fifth = await server.AskToken("bruno", Wrong);
        var right = await server.AskToken("bruno", Right);

        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal("application/problem+json", right.Content.Headers.ContentType?.MediaType);
        var until = server.Clock.GetUtcNow().AddMinutes(15).ToOffset(TimeSpan.FromHours(-3));
        Assert.Equal($"Too many attempts, try again at {until:HH:mm}.", (string?)(await right.Json())["detail"]);
        Assert.NotNull(right.Headers.RetryAfter);
        // Five wrong passwords, then the right one refused while locked.
        Assert.Equal(6, await server.Rows("sign-in-failed", "bruno"));
        Assert.Equal(1, await server.Rows("lockout", "bruno"));
        Assert.Equal(0, await server.Rows("sign-in", "bruno"));

        server.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, (await server.AskToken("bruno", Right)).StatusCode);
    }

    [Fact]
    public async Task Failures_older_than_fifteen_minutes_no_longer_count()
    {
        for (var i = 0; i < 4; i++)
        {
            await server.AskToken("diego", Wrong);
        }
        server.Clock.Advance(TimeSpan.FromMinutes(16));

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.AskToken("diego", Wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.AskToken("diego", Right)).StatusCode);
    }

    [Fact]
    public async Task A_successful_sign_in_starts_the_count_afresh()
    {
        for (var i = 0; i < 4; i++)
        {
            await server.AskToken("carla", Wrong);
        }
        Assert.Equal(HttpStatusCode.OK, (await server.AskToken("carla", Right)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.AskToken("carla", Wrong)).StatusCode);
        Assert.Equal(1, await server.Rows("sign-in", "carla"));
    }

    [Fact]
    public async Task A_name_nobody_has_locks_the_same_so_a_lockout_does_not_tell_who_exists()
    {
        var name = "nobody-" + Guid.NewGuid().ToString("N")[..8];
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await server.AskToken(name, Wrong);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal(1, await server.Rows("lockout", name));
    }

    [Fact]
    public async Task The_login_form_of_a_locked_name_says_until_when()
    {
        using var browser = new FormSession(server.BaseAddress);
        var token = await browser.TokenFrom("/login");
        HttpResponseMessage? answer = null;
        for (var i = 0; i < 5; i++)
        {
            answer = await browser.Post("/auth/login", Form(token, "ana", Wrong));
        }

        var location = answer!.Headers.Location!.ToString();
        Assert.StartsWith("/login?locked=", location, StringComparison.Ordinal);
        var page = await (await browser.Get(location)).Content.ReadAsStringAsync();
        Assert.Contains("data-test=\"login-locked\"", page, StringComparison.Ordinal);
        Assert.Contains("Too many attempts, try again at", page, StringComparison.Ordinal);
        Assert.False(browser.Has("opsboard.auth"));
    }

    [Fact]
    public async Task A_lockout_outlives_a_restart_since_the_failures_are_kept_in_the_database()
    {
        var directory = Path.Combine(Path.GetTempPath(), "opsboard-tests", Guid.NewGuid().ToString("N"));
        var clock = new TestClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var before = new RestartableServer(directory, clock, keepFiles: true);
        await ((IAsyncLifetime)before).InitializeAsync();
        for (var i = 0; i < 5; i++)
        {
            await before.AskToken("ana", Wrong);
        }
        await ((IAsyncLifetime)before).DisposeAsync();

        var after = new RestartableServer(directory, clock, keepFiles: false);
        await ((IAsyncLifetime)after).InitializeAsync();
        try
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, (await after.AskToken("ana", Right)).StatusCode);
        }
        finally
        {
            await ((IAsyncLifetime)after).DisposeAsync();
        }
    }

    internal static Dictionary<string, string> Form(string token, string user, string password) => LoginForm.Fields(token, user, password);
}
