using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace OpsBoard.Auth;

public sealed record TokenRequest(string? Username, string? Password);

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/auth/token", async (TokenRequest request, UserDirectory users) =>
        {
            var principal = await users.SignInAsync(request.Username, request.Password, BearerTokenDefaults.AuthenticationScheme);
            return principal is null
                ? Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Wrong user name or password.")
                : Results.SignIn(principal, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
        }).AllowAnonymous();

        // A plain form post: the login page works even before the interactive circuit is up.
        app.MapPost("/auth/login", async (HttpContext http, UserDirectory users) =>
        {
            var form = await http.Request.ReadFormAsync();
            var returnUrl = LocalOnly(form["returnUrl"]);
            var principal = await users.SignInAsync(form["username"], form["password"], CookieAuthenticationDefaults.AuthenticationScheme);
            if (principal is null)
            {
                return Results.Redirect($"/login?error=1&returnUrl={Uri.EscapeDataString(returnUrl)}");
            }
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            return Results.LocalRedirect(returnUrl);
        }).AllowAnonymous().DisableAntiforgery();

        app.MapPost("/auth/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/login");
        }).DisableAntiforgery();
        return app;
    }

    private static string LocalOnly(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/queues";
}
