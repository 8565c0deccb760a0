using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;
using OpsBoard.Auth;

namespace OpsBoard.Admin.Kiosks;

/// <summary>The Admin API over wallboard devices, and the link a TV opens to sign in as one.</summary>
public static class KioskEndpoints
{
    public static IEndpointRouteBuilder MapKiosks(this IEndpointRouteBuilder app)
    {
        var kiosks = app.MapGroup("/api/v1/admin/kiosks").WithTags("Admin").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        kiosks.MapGet("/", (KioskService service, CancellationToken ct) => service.ListAsync(ct)).WithName("ListKiosks")
            .WithSummary("The registered wallboard devices, revoked ones last.");
        kiosks.MapPost("/", Register).WithName("RegisterKiosk")
            .WithSummary("Registers a wallboard device and answers its sign-in link, shown this once.").Refusals(400);
        kiosks.MapPost("/{id:long}/revoke", Revoke).WithName("RevokeKiosk")
            .WithSummary("Revokes a device's link: the TV is signed out on its next request.").Refusals(404);
        // A plain link the TV opens once; from then on its cookie keeps it on the wallboard.
        app.MapGet(KioskService.LinkPath + "{secret}", SignIn).WithTags("Auth").WithName("KioskSignIn").ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    public static async Task<Results<Created<KioskRegistered>, ProblemHttpResult>> Register(RegisterKioskRequest request, HttpContext http, KioskService service)
    {
        var (registered, error) = await service.RegisterAsync(http.User.Identity?.Name ?? "anonymous", request.Name, http.RequestAborted);
        if (registered is null)
        {
            return Problems.Invalid(new Dictionary<string, string[]> { ["name"] = [error!] }, error);
        }
        var link = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{registered.Link}";
        return TypedResults.Created($"/api/v1/admin/kiosks/{registered.Kiosk.Id}", registered with { Link = link });
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Revoke(long id, HttpContext http, KioskService service) =>
        await service.RevokeAsync(http.User.Identity?.Name ?? "anonymous", id, http.RequestAborted)
            ? TypedResults.NoContent()
            : Problems.Problem(StatusCodes.Status404NotFound, "Not found", PeopleText.Format("KioskNotFound", id));

    public static async Task<RedirectHttpResult> SignIn(string secret, HttpContext http, KioskService service)
    {
        if (await service.SignInAsync(secret, http.RequestAborted) is not { } principal)
        {
            return TypedResults.LocalRedirect("/access-denied");
        }
        // A TV is left on for months: its cookie lasts a year, and revoking the device is what ends it.
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal,
            new AuthenticationProperties { IsPersistent = true, ExpiresUtc = DateTimeOffset.UtcNow.AddYears(1), AllowRefresh = false });
        return TypedResults.LocalRedirect("/wallboard");
    }
}
