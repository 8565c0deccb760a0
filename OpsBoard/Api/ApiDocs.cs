using Scalar.AspNetCore;

namespace OpsBoard.Api;

/// <summary>The API described: the OpenAPI document and a reference page served from the app itself, no CDN.</summary>
public static class ApiDocs
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/api/docs";

    public static IServiceCollection AddOpsBoardApiDocs(this IServiceCollection services)
    {
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "OpsBoard API";
            document.Info.Description = "Work items moved through their state machines; every refusal is application/problem+json with the reason.";
            return Task.CompletedTask;
        }).AddDocumentTransformer<UnsupportedMediaDocs>().AddBearerScheme());
        return services;
    }

    public static WebApplication MapOpsBoardApiDocs(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(ReferencePath, options => options.WithTitle("OpsBoard API").WithOpenApiRoutePattern(DocumentPath))
            .AllowAnonymous();
        return app;
    }
}
