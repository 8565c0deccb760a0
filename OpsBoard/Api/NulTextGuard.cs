using System.Text;
using System.Text.Json;

namespace OpsBoard.Api;

/// <summary>
/// Refuses text holding the NUL character (<c>\u0000</c> in JSON, <c>%00</c> in a query) before any endpoint reads it:
/// PostgreSQL's text cannot store it and would fail the write as a 500, and on SQLite it would make a database that
/// cannot move to PostgreSQL. One answer on both: 400, reason <c>TextHasNul</c>, nothing changed.
/// </summary>
public static class NulTextGuard
{
    private static readonly byte[] Escaped = Encoding.ASCII.GetBytes("\\u0000");

    public static IApplicationBuilder UseNulTextGuard(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), api => api.Use(async (context, next) =>
        {
            if (await HasNulAsync(context.Request, context.RequestAborted))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status400BadRequest, Title = "Invalid text", Detail = ApiText.Get("TextHasNul"),
                        Extensions = { ["blockedBy"] = "TextHasNul" },
                    },
                });
                return;
            }
            await next(context);
        }));

    private static async Task<bool> HasNulAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.Query.Any(q => q.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true)))
        {
            return true;
        }
        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return false;
        }
        request.EnableBuffering();
        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, ct);
        request.Body.Position = 0;
        var body = copy.GetBuffer().AsSpan(0, (int)copy.Length);
        return body.IndexOf(Escaped) >= 0 && EscapesNul(body);
    }

    /// <summary>Whether a string of the JSON holds a NUL once unescaped; JSON that does not parse is left for the endpoint to refuse.</summary>
    private static bool EscapesNul(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped
                    && reader.GetString()!.Contains('\0', StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }
        return false;
    }
}
