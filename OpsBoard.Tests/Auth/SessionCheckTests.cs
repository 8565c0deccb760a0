using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpsBoard.Tests.Admin;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Auth;

public sealed class SessionCheckTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task A_token_minted_with_the_key_files_for_an_unknown_Admin_is_refused()
    {
        var stamp = server.WithDb(db => db.Users.Single(u => u.UserName == "admin").SecurityStamp);
        // The same keys mint a token for the real admin, which works: the refusal is for the unknown user alone.
        using var real = server.WithToken(Mint("admin", stamp));
        using var ghost = server.WithToken(Mint("ghost", stamp));

        Assert.Equal(HttpStatusCode.OK, (await real.GetAsync("/api/v1/queues")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ghost.GetAsync("/api/v1/queues")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ghost.GetAsync("/api/v1/admin/users")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_user_s_cookie_and_token_stop_working_on_their_next_request()
    {
        var name = await server.NewPerson("Agent");
        using var token = server.WithToken((await server.TokenOrNull(name, PeopleKit.GoodPassword))!);
        using var cookie = await server.CookieFor(name, PeopleKit.GoodPassword);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/queues")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cookie.GetAsync("/api/v1/queues")).StatusCode);

        var admin = await server.ClientFor("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/admin/users/{name}/disable", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/queues")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await cookie.GetAsync("/api/v1/queues")).StatusCode);
        var page = await cookie.GetAsync("/queues");
        Assert.StartsWith("/login", PeopleKit.PathOf(page));
        Assert.Null(await server.TokenOrNull(name, PeopleKit.GoodPassword));
    }

    [Fact]
    public async Task Enabled_again_the_user_signs_in_but_the_old_token_stays_refused()
    {
        var name = await server.NewPerson("Agent");
        using var old = server.WithToken((await server.TokenOrNull(name, PeopleKit.GoodPassword))!);
        var admin = await server.ClientFor("admin");
        await admin.PostAsync($"/api/v1/admin/users/{name}/disable", null);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/admin/users/{name}/enable", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await old.GetAsync("/api/v1/queues")).StatusCode);
        using var fresh = server.WithToken((await server.TokenOrNull(name, PeopleKit.GoodPassword))!);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/queues")).StatusCode);
    }

    [Fact]
    public async Task A_role_change_ends_the_sessions_made_with_the_old_roles()
    {
        var name = await server.NewPerson("Agent");
        using var old = server.WithToken((await server.TokenOrNull(name, PeopleKit.GoodPassword))!);
        var admin = await server.ClientFor("admin");
        var changed = await admin.PutAsJsonAsync($"/api/v1/admin/users/{name}/roles", new { roles = new[] { "Lead" } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await old.GetAsync("/api/v1/queues")).StatusCode);
    }

    private string Mint(string user, string stamp)
    {
        var options = server.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(BearerTokenDefaults.AuthenticationScheme);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user), new Claim(ClaimTypes.Role, "Admin"), new Claim("security_stamp", stamp)],
            BearerTokenDefaults.AuthenticationScheme);
        var properties = new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) };
        return options.BearerTokenProtector.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), properties, BearerTokenDefaults.AuthenticationScheme));
    }
}
