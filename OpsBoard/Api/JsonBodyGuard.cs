using Microsoft.Net.Http.Headers;

namespace OpsBoard.Api;

/// <summary>
/// Refuses a body whose Content-Type cannot be read, or JSON declared in a charset other than UTF-8,
/// before any endpoint binds it: the framework would otherwise fail deep in reading it, as a 500.
/// JSON is UTF-8 on the wire (RFC 8259), so that is the one charset taken.
/// </summary>
public static class JsonBodyGuard
{
    public static IApplicationBuilder UseJsonBodyGuard(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), api => api.Use(async (context, next) =>
        {
            if (Refusal(context.Request) is { } detail)
            {
                context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = StatusCodes.Status415UnsupportedMediaType, Title = "Unsupported media type", Detail = detail },
                });
                return;
            }
            await next(context);
        }));

    /// <summary>Why the body's declared type cannot be read, or null when it can (or there is no type to read).</summary>
    public static string? Refusal(HttpRequest request)
    {
        var declared = request.ContentType;
        if (string.IsNullOrEmpty(declared))
        {
            return null;
        }
        if (!MediaTypeHeaderValue.TryParse(declared, out var type))
        {
            return ApiText.Get("ContentTypeUnreadable");
        }
        var json = type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
        var charset = type.Charset.HasValue ? type.Charset.Value.Trim('"') : null;
        return json && charset is not null && !IsUtf8(charset) ? ApiText.Get("JsonCharsetNotUtf8") : null;
    }

    private static bool IsUtf8(string charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
