using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Admin.Kiosks;
using OpsBoard.Admin.People;
using OpsBoard.Api;
using OpsBoard.Audit;

namespace OpsBoard.Auth;

public sealed record TokenRequest(string? Username, string? Password);

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        // JSON from programs, which hold no cookie to forge with: no antiforgery token, but the same lockout and throttle.
        app.MapPost("/api/v1/auth/token", Token).WithTags("Auth").WithName("IssueToken")
            .WithSummary("Trades a user name and password for a bearer token, sent as Authorization: Bearer.")
            .Produces<AccessTokenResponse>().Refusals(StatusCodes.Status401Unauthorized, StatusCodes.Status429TooManyRequests)
            .AllowAnonymous().RequireRateLimiting(SignInThrottle.Policy);
        // A plain form post: the login page works even before the interactive circuit is up. The antiforgery token is
        // checked here rather than by the middleware, which leaves hand-read forms to the endpoint.
        app.MapPost("/auth/login", Login).WithTags("Auth").WithName("SignIn")
            .WithSummary("The login page's form post: signs in with the cookie and goes back where the user was.")
            .AllowAnonymous().DisableAntiforgery().RequireRateLimiting(SignInThrottle.Policy);
        // As a Delegate: taken as a RequestDelegate its redirect would be dropped.
        app.MapPost("/auth/logout", (Delegate)Logout).WithTags("Auth").WithName("SignOut").WithSummary("Signs the cookie out.").DisableAntiforgery();
        app.MapGroup("/api/v1").RequireAuthorization().MapAudit();
        app.MapPeopleAdmin();
        app.MapKiosks();
        return app;
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> Token(TokenRequest request, SignInGuard guard, HttpContext http)
    {
        var outcome = await guard.SignInAsync(request.Username, request.Password, BearerTokenDefaults.AuthenticationScheme, http.RequestAborted);
        if (outcome.LockedUntil is { } until)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((until - Now(http)).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Problems.Problem(StatusCodes.Status429TooManyRequests, "Too many attempts", ApiText.Format("TooManyAttempts", LocalTime(http, until)),
                new() { ["lockedUntil"] = until });
        }
        return outcome.Principal is null
            ? Problems.Problem(StatusCodes.Status401Unauthorized, "Wrong user name or password.", ApiText.Get("WrongCredentials"))
            : TypedResults.SignIn(outcome.Principal, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
    }

    public static async Task<Results<RedirectHttpResult, ProblemHttpResult>> Login(HttpContext http, SignInGuard guard, IAntiforgery antiforgery)
    {
        if (await Forged(http, antiforgery) is { } refusal)
        {
            return refusal;
        }
        var form = await http.Request.ReadFormAsync();
        var returnUrl = LocalOnly(form["returnUrl"]);
        var outcome = await guard.SignInAsync(form["username"], form["password"], CookieAuthenticationDefaults.AuthenticationScheme, http.RequestAborted);
        if (outcome.LockedUntil is { } until)
        {
            return TypedResults.Redirect($"/login?locked={Uri.EscapeDataString(LocalTime(http, until))}&returnUrl={Uri.EscapeDataString(returnUrl)}");
        }
        if (outcome.Principal is null)
        {
            return TypedResults.Redirect($"/login?error=1&returnUrl={Uri.EscapeDataString(returnUrl)}");
        }
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, outcome.Principal);
        return TypedResults.LocalRedirect(returnUrl);
    }

    public static async Task<Results<RedirectHttpResult, ProblemHttpResult>> Logout(HttpContext http, IAntiforgery antiforgery, AuditLog audit)
    {
        if (await Forged(http, antiforgery) is { } refusal)
        {
            return refusal;
        }
        if (http.User.Identity?.Name is { } name)
        {
            await audit.RecordAsync(AuditKind.SignOut, name, new { scheme = CookieAuthenticationDefaults.AuthenticationScheme }, name, http.RequestAborted);
        }
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.LocalRedirect("/login");
    }

    /// <summary>A form post that did not come from one of our pages: refused before it is read.</summary>
    private static async Task<ProblemHttpResult?> Forged(HttpContext http, IAntiforgery antiforgery) =>
        await antiforgery.IsRequestValidAsync(http)
            ? null
            : Problems.Problem(StatusCodes.Status400BadRequest, "Antiforgery token missing or invalid", ApiText.Get("AntiforgeryRefused"));

    private static DateTimeOffset Now(HttpContext http) => http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>The end of a lockout as the desk reads a clock: hours and minutes in the business time zone.</summary>
    private static string LocalTime(HttpContext http, DateTimeOffset at) =>
        http.RequestServices.GetRequiredService<BusinessTime>().Format(at, "HH:mm");

    private static string LocalOnly(string? url) => LocalUrl.OrHome(url);
}
