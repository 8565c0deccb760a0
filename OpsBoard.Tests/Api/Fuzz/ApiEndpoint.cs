using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace OpsBoard.Tests.Api.Fuzz;

/// <summary>
/// One API route and method, as the running app maps it, with the names its JSON body takes: found in the
/// app's own endpoint list, so an endpoint added later is fuzzed without anyone listing it here.
/// </summary>
public sealed record ApiEndpoint(string Method, RoutePattern Route, IReadOnlyList<string> BodyProperties, string BodyType = "application/json")
{
    public bool TakesBody => Method is "POST" or "PUT" or "PATCH";

    /// <summary>The Content-Type to send so the request reaches the endpoint's own checks (a form's needs its boundary).</summary>
    public string SendAs => BodyType.StartsWith("multipart/", StringComparison.Ordinal) ? BodyType + "; boundary=fuzz" : BodyType;

    public bool HasIdParameter => Route.Parameters.Any(p => p.ParameterPolicies.Any(policy => policy.Content == "long"));

    public static IReadOnlyList<ApiEndpoint> Discover(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method =>
                new ApiEndpoint(method, e.RoutePattern, PropertiesOf(e.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType),
                    e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault() ?? "application/json")))
            .OrderBy(e => e.Route.RawText, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();

    /// <summary>The path with each parameter given by <paramref name="valueOf"/> (raw, already escaped as it should travel).</summary>
    public string Path(Func<RoutePatternParameterPart, string> valueOf) =>
        "/" + string.Join("/", Route.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => valueOf(parameter),
            RoutePatternSeparatorPart separator => separator.Content,
            _ => string.Empty,
        }))));

    public override string ToString() => $"{Method} {Route.RawText}";

    private static string[] PropertiesOf(Type? body) => body is null
        ? []
        : body.GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToArray();
}
