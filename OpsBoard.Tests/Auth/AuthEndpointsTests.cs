using System.Net;

namespace OpsBoard.Tests.Auth;

public sealed class AuthEndpointsTests(SignInServer server) : IClassFixture<SignInServer>
{
    [Fact]
    public async Task A_login_post_without_the_antiforgery_token_is_refused_with_400_and_signs_no_one_in()
    {
        using var browser = new FormSession(server.BaseAddress);
        await browser.TokenFrom("/login");
        var form = SignInGuardTests.Form("", "ana", "opsboard");
        form.Remove("__RequestVerificationToken");

        var answer = await browser.Post("/auth/login", form);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.False(browser.Has("opsboard.auth"));
        Assert.Equal(0, await server.Rows("sign-in", "ana"));
    }

    [Fact]
    public async Task The_login_form_signs_in_with_its_token_and_the_sign_in_is_audited()
    {
        using var browser = new FormSession(server.BaseAddress);
        var token = await browser.TokenFrom("/login");

        var answer = await browser.Post("/auth/login", SignInGuardTests.Form(token, "carla", "opsboard"));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/queues", answer.Headers.Location?.ToString());
        Assert.True(browser.Has("opsboard.auth"));
        Assert.True(await server.Rows("sign-in", "carla") >= 1);
    }

    [Fact]
    public async Task Logout_needs_the_token_from_the_page_and_leaves_a_sign_out_row()
    {
        using var browser = new FormSession(server.BaseAddress);
        var token = await browser.TokenFrom("/login");
        await browser.Post("/auth/login", SignInGuardTests.Form(token, "diego", "opsboard"));

        var forged = await browser.Post("/auth/logout", []);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True(browser.Has("opsboard.auth"));

        var pageToken = await browser.TokenFrom("/queues");
        var logout = await browser.Post("/auth/logout", [new("__RequestVerificationToken", pageToken)]);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.False(browser.Has("opsboard.auth"));
        Assert.Equal(1, await server.Rows("sign-out", "diego"));
    }

    [Fact]
    public async Task The_token_endpoint_takes_json_without_an_antiforgery_token()
    {
        Assert.Equal(HttpStatusCode.OK, (await server.AskToken("admin", "opsboard")).StatusCode);
    }
}
