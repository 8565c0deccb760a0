using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Admin.Kiosks;
using OpsBoard.Admin.People;
using OpsBoard.Api;

namespace OpsBoard.Auth;

public sealed record TokenRequest(string? Username, string? Password);

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/auth/token", Token).WithTags("Auth").WithName("IssueToken")
            .WithSummary("Trades a user name and password for a bearer token, sent as Authorization: Bearer.")
            .Produces<AccessTokenResponse>().Refusals(StatusCodes.Status401Unauthorized).AllowAnonymous();
        // A plain form post: the login page works even before the interactive circuit is up.
        app.MapPost("/auth/login", Login).WithTags("Auth").WithName("SignIn")
            .WithSummary("The login page's form post: signs in with the cookie and goes back where the user was.").AllowAnonymous().DisableAntiforgery();
        // As a Delegate: taken as a RequestDelegate its redirect would be dropped.
        app.MapPost("/auth/logout", (Delegate)Logout).WithTags("Auth").WithName("SignOut").WithSummary("Signs the cookie out.").DisableAntiforgery();
        app.MapPeopleAdmin();
        app.MapKiosks();
        return app;
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> Token(TokenRequest request, UserDirectory users)
    {
        var principal = await users.SignInAsync(request.Username, request.Password, BearerTokenDefaults.AuthenticationScheme);
        return principal is null
            ? Problems.Problem(StatusCodes.Status401Unauthorized, "Wrong user name or password.", ApiText.Get("WrongCredentials"))
            : TypedResults.SignIn(principal, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
    }

    public static async Task<RedirectHttpResult> Login(HttpContext http, UserDirectory users)
    {
        var form = await http.Request.ReadFormAsync();
        var returnUrl = LocalOnly(form["returnUrl"]);
        var principal = await users.SignInAsync(form["username"], form["password"], CookieAuthenticationDefaults.AuthenticationScheme);
        if (principal is null)
        {
            return TypedResults.Redirect($"/login?error=1&returnUrl={Uri.EscapeDataString(returnUrl)}");
        }
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.LocalRedirect(returnUrl);
    }

    public static async Task<RedirectHttpResult> Logout(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.LocalRedirect("/login");
    }

    private static string LocalOnly(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/queues";
}
