using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace OpsBoard.Components.Pages.Errors;

/// <summary>Refusals and failures: pages for people, problem+json for programs.</summary>
public static class ErrorPagesExtensions
{
    private static readonly string[] MachinePaths = ["/api", "/hubs", "/openapi", "/health", "/_blazor", "/_framework"];

    public static IServiceCollection AddErrorPages(this IServiceCollection services) =>
        services.AddExceptionHandler<MachineExceptionHandler>();

    /// <summary>
    /// An unhandled error on a page re-renders as <c>/error</c> and an empty 4xx/5xx answer as
    /// <c>/not-found</c>; the API, the hub and Blazor's own endpoints keep answering problem+json.
    /// Call first, so the handlers wrap everything after them.
    /// </summary>
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        // Both re-run the pipeline through the app's router, which only the top level has: not inside UseWhen.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", CreateScopeForErrors = true });
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseWhen(IsForMachines, machines => machines
            .Use((context, next) =>
            {
                context.Features.GetRequiredFeature<IStatusCodePagesFeature>().Enabled = false;
                return next(context);
            })
            .UseStatusCodePages());
        app.Use((context, next) =>
        {
            // A re-executed page keeps the status it stands in for.
            if (context.Response.StatusCode == StatusCodes.Status200OK
                && context.GetEndpoint()?.Metadata.GetMetadata<AnswersWithAttribute>() is { } answer)
            {
                context.Response.StatusCode = answer.Status;
            }
            return next(context);
        });
        return app;
    }

    internal static bool IsForMachines(HttpContext context) =>
        MachinePaths.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase));
}
