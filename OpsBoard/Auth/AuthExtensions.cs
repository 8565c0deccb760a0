using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using OpsBoard.Admin.Kiosks;
using OpsBoard.Admin.People;
using OpsBoard.Audit;
using OpsBoard.Data;
using OpsBoard.Files;
using OpsBoard.Security;

namespace OpsBoard.Auth;

public static class AuthExtensions
{
    public const string Smart = "smart";

    /// <summary>Cookies for pages, bearer tokens for the API and hub; one scheme picks per request.</summary>
    public static IServiceCollection AddOpsBoardAuth(this IServiceCollection services, IConfiguration configuration)
    {
        // Sign-in cookies must outlive a restart: a wallboard left signed in on a TV reconnects by itself.
        services.AddDataProtection().SetApplicationName("OpsBoard").PersistKeysPrivately(KeysPath(configuration), configuration);
        services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, null, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                || (ctx.Request.Path.StartsWithSegments("/hubs") && ctx.Request.Query.ContainsKey("access_token"))
                    ? BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/login";
                o.LogoutPath = "/auth/logout";
                o.AccessDeniedPath = "/access-denied";
                o.Cookie.Name = "opsboard.auth";
                // Secure whenever the browser came over HTTPS, to us or (forwarded headers) to the proxy in front.
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.HttpOnly = true;
                o.ExpireTimeSpan = TimeSpan.FromDays(14);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = ctx => Refuse(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => Refuse(ctx, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = ValidateCookie;
            })
            .AddBearerToken(o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(8);
                o.Events.OnMessageReceived = async ctx =>
                {
                    // Browsers cannot set headers on WebSockets, so the hub also takes the token in the query.
                    if (ctx.Request.Path.StartsWithSegments("/hubs") && ctx.Request.Query["access_token"].ToString() is { Length: > 0 } token)
                    {
                        ctx.Token = token;
                    }
                    await ValidateBearer(ctx);
                };
            });
        services.AddOptions<BearerTokenOptions>(BearerTokenDefaults.AuthenticationScheme)
            .PostConfigure(o => o.BearerTokenProtector = new RememberedTokens(o.BearerTokenProtector));
        services.AddAuthorizationBuilder().AddKioskPolicies();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, SessionRevalidation>();
        services.AddSingleton<SessionCheck>();
        services.AddPeopleAdmin();
        services.AddKiosks();
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddScoped<UserDirectory>();
        services.AddOptions<SignInOptions>().Bind(configuration.GetSection("OpsBoard:SignIn"));
        services.AddScoped<SignInGuard>();
        services.AddSignInThrottle();
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddAudit();
        services.AddOpsBoardSecurity(configuration);
        return services;
    }

    /// <summary>OpsBoard:KeysPath, or a "keys" folder beside the SQLite file.</summary>
    public static string KeysPath(IConfiguration configuration)
    {
        if (configuration["OpsBoard:KeysPath"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }
        var file = configuration.GetConnectionString("OpsBoard") is null ? null : Data.DatabaseSettings.SqliteDataSource(configuration);
        var folder = file is { Length: > 0 } && file != ":memory:" ? Path.GetDirectoryName(Path.GetFullPath(file)) : null;
        return Path.Combine(folder ?? Path.GetFullPath("data"), "keys");
    }

    /// <summary>A cookie of a disabled user, an old stamp or a revoked kiosk is dropped on its next request.</summary>
    private static async Task ValidateCookie(CookieValidatePrincipalContext ctx)
    {
        var check = ctx.HttpContext.RequestServices.GetRequiredService<SessionCheck>();
        if (ctx.Principal is null || !await check.StandsAsync(ctx.Principal, ctx.HttpContext.RequestAborted))
        {
            ctx.RejectPrincipal();
            await ctx.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    /// <summary>
    /// A token is trusted on its claims only while its user stands: one minted for a user who does not exist,
    /// is disabled, or whose stamp changed since is refused. The handler reads the token again right after;
    /// <see cref="RememberedTokens"/> makes that second read a lookup.
    /// </summary>
    private static async Task ValidateBearer(MessageReceivedContext ctx)
    {
        var header = ctx.Request.Headers.Authorization.ToString();
        var token = ctx.Token ?? (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null);
        if (token is { Length: > 0 } && ctx.Options.BearerTokenProtector.Unprotect(token) is { } ticket
            && !await ctx.HttpContext.RequestServices.GetRequiredService<SessionCheck>().StandsAsync(ticket.Principal, ctx.HttpContext.RequestAborted))
        {
            ctx.Fail("The token's user is unknown, disabled, or changed since it was issued.");
        }
    }

    /// <summary>The API answers 401/403; only pages are sent to the login form.</summary>
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/hubs"))
        {
            ctx.Response.StatusCode = status;
        }
        else
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
