using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

/// <summary>The REST contract, the same on either database: see the two classes at the end.</summary>
public abstract partial class ApiDocsTests(OpsBoardServer server)
{
    [Fact]
    public async Task The_openapi_document_describes_every_api_endpoint_the_app_maps_with_its_method()
    {
        using var anonymous = new HttpClient { BaseAddress = server.BaseAddress };
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject().ToDictionary(p => Normalize(p.Key), p => p.Value!.AsObject());

        var mapped = Mapped();

        Assert.NotEmpty(mapped);
        Assert.All(mapped, endpoint =>
        {
            Assert.True(paths.TryGetValue(endpoint.Path, out var operations), $"{endpoint.Path} is not in the document");
            Assert.True(operations!.ContainsKey(endpoint.Method.ToLowerInvariant()), $"{endpoint.Method} {endpoint.Path} is not in the document");
        });
    }

    [Fact]
    public async Task A_move_is_documented_with_its_body_its_answer_and_every_refusal_as_a_problem()
    {
        using var anonymous = new HttpClient { BaseAddress = server.BaseAddress };
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;

        var fire = document["paths"]!["/api/v1/items/{id}/transitions"]!["post"]!;

        Assert.Equal("FireTrigger", (string?)fire["operationId"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)fire["summary"]));
        Assert.NotNull(fire["requestBody"]!["content"]!["application/json"]);
        Assert.NotNull(fire["responses"]!["200"]!["content"]!["application/json"]);
        foreach (var status in new[] { "400", "403", "404", "409" })
        {
            Assert.NotNull(fire["responses"]![status]!["content"]!["application/problem+json"]);
        }
    }

    [Fact]
    public async Task Every_operation_that_takes_a_body_documents_the_415_answer_as_a_problem()
    {
        using var anonymous = new HttpClient { BaseAddress = server.BaseAddress };
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;

        var withBody = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(o => HttpMethods.Contains(o.Key) && o.Value!["requestBody"] is not null)
                .Select(o => (Name: $"{o.Key} {p.Key}", Operation: o.Value!)))
            .ToList();

        Assert.NotEmpty(withBody);
        Assert.All(withBody, o => Assert.True(o.Operation["responses"]?["415"]?["content"]?["application/problem+json"] is not null,
            $"{o.Name} does not document 415"));
        Assert.Null(document["paths"]!["/api/v1/board"]!["get"]!["responses"]!["415"]);
    }

    [Fact]
    public async Task Every_api_operation_in_the_document_has_an_operation_id_and_a_summary()
    {
        using var anonymous = new HttpClient { BaseAddress = server.BaseAddress };
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;

        var operations = document["paths"]!.AsObject().Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Where(o => HttpMethods.Contains(o.Key)).Select(o => (Name: $"{o.Key} {p.Key}", Operation: o.Value!)))
            .ToList();

        Assert.NotEmpty(operations);
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)o.Operation["operationId"]), $"{o.Name} has no operationId");
            Assert.False(string.IsNullOrWhiteSpace((string?)o.Operation["summary"]), $"{o.Name} has no summary");
        });
    }

    [Fact]
    public async Task The_document_says_to_send_a_bearer_token_where_one_is_needed_and_pdfs_are_pdfs()
    {
        using var anonymous = new HttpClient { BaseAddress = server.BaseAddress };
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!;

        var scheme = document["components"]!["securitySchemes"]!["Bearer"]!;
        Assert.Equal("http", (string?)scheme["type"]);
        Assert.Equal("bearer", (string?)scheme["scheme"]);
        Assert.NotNull(paths["/api/v1/items/{id}/transitions"]!["post"]!["security"]![0]!["Bearer"]);
        Assert.Null(paths["/api/v1/auth/token"]!["post"]!["security"]);
        Assert.NotNull(paths["/api/v1/reports/daily"]!["get"]!["responses"]!["200"]!["content"]!["application/pdf"]);
        Assert.NotNull(paths["/api/v1/items/{id}/contract.pdf"]!["get"]!["responses"]!["409"]!["content"]!["application/problem+json"]);
    }

    [Fact]
    public async Task The_api_reference_page_answers_with_html_and_its_script_from_the_app_itself()
    {
        using var anonymous = new HttpClient { BaseAddress = server.BaseAddress };
        var page = await anonymous.GetAsync("/api/docs");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, src => Assert.False(src.StartsWith("http", StringComparison.OrdinalIgnoreCase), $"{src} is not served by the app"));
        foreach (var src in scripts)
        {
            var script = await anonymous.GetAsync(new Uri(new Uri(server.BaseAddress, "/api/docs/"), src));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }
    }

    private static readonly HashSet<string> HttpMethods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    private List<(string Method, string Path)> Mapped() =>
        server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true && !e.RoutePattern.RawText.StartsWith("/api/docs", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, Normalize(e.RoutePattern.RawText!))))
            .ToList();

    /// <summary>A route as the document writes it: parameters without their constraints, no trailing slash.</summary>
    private static string Normalize(string route) => Parameter().Replace(route, "{$1}").TrimEnd('/');

    [GeneratedRegex(@"\{([^}:=?]+)[^}]*\}")]
    private static partial Regex Parameter();

    [GeneratedRegex("<script[^>]*src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}

public sealed class ApiDocsTestsOnSqlite(OpsBoardServer server) : ApiDocsTests(server), IClassFixture<OpsBoardServer>;

public sealed class ApiDocsTestsOnPostgreSql(PostgreSqlServer server) : ApiDocsTests(server), IClassFixture<PostgreSqlServer>;
