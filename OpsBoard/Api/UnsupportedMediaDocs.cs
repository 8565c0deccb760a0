using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OpsBoard.Api;

/// <summary>
/// Every operation that takes a body may answer 415 (a Content-Type it cannot read, or JSON not in UTF-8, refused by
/// <see cref="JsonBodyGuard"/> before the endpoint runs); the document says so on each of them.
/// </summary>
internal sealed class UnsupportedMediaDocs : IOpenApiDocumentTransformer
{
    private const string Status = "415";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var operations = document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .Where(o => o.RequestBody is not null);
        foreach (var operation in operations)
        {
            operation.Responses ??= [];
            operation.Responses.TryAdd(Status, new OpenApiResponse
            {
                Description = "Unsupported Media Type: the body's Content-Type cannot be read (JSON only in UTF-8).",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document) },
                },
            });
        }
        return Task.CompletedTask;
    }
}
