using System.Globalization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;
using OpsBoard.Components.Live;

namespace OpsBoard.Components.Kit;

/// <summary>Registers and wires up the UI kit: MudBlazor (its snackbar tells results), localization and the culture switch.</summary>
public static class UiKitExtensions
{
    /// <summary>The cultures the app is translated into; the first is the default.</summary>
    public static IReadOnlyList<string> SupportedCultures { get; } = ["en", "pt-BR", "es", "ru"];

    /// <summary>Adds MudBlazor, localization (resources under Resources/), the circuit keeping its reader's culture and a clock.</summary>
    public static IServiceCollection AddUiKit(this IServiceCollection services)
    {
        services.AddMudServices();
        // MudBlazor's own controls (pager, close buttons, pickers) speak the reader's language too.
        services.AddTransient<MudBlazor.MudLocalizer, ControlLocalizer>();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitCulture>());
        // Components read the time through TimeProvider so tests can pin "now".
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<Badges>();
        services.AddSingleton<DrawnOnce>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = SupportedCultures.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // The user's explicit choice (cookie) wins; a first visit follows the browser's language.
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>
    /// Adds request localization and <c>GET /culture?c=pt-BR&amp;r=/queues</c>, which stores the
    /// choice in the culture cookie and redirects back. Call before the Razor components are mapped.
    /// </summary>
    public static WebApplication UseUiLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.MapGet("/culture", (string? c, string? r, HttpContext context) =>
        {
            var culture = SupportedCultures.FirstOrDefault(s => string.Equals(s, c, StringComparison.OrdinalIgnoreCase));
            if (culture is not null)
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions
                    {
                        Expires = DateTimeOffset.UtcNow.AddYears(1),
                        IsEssential = true,
                        HttpOnly = true,
                        SameSite = SameSiteMode.Lax,
                    });
            }
            return Results.LocalRedirect(IsLocalUrl(r) ? r : "/");
        })
        // The login page needs the language switch too.
        .AllowAnonymous()
        .ExcludeFromDescription();
        return app;
    }

    // Only same-site paths: "//host" and "/\host" are protocol-relative to another site.
    internal static bool IsLocalUrl([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? url) => Auth.LocalUrl.IsLocal(url);
}
