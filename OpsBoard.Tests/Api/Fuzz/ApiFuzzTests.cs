using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing.Patterns;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api.Fuzz;

/// <summary>
/// Several thousand malformed requests across every API endpoint the app maps: unreadable content types,
/// broken JSON, wrong types, huge and out-of-bounds values, badly spelt ids, junk queries. None may
/// answer 5xx, every refusal is problem+json, and a refused request changes no table.
/// </summary>
public abstract class ApiFuzzTests(OpsBoardServer server) : IAsyncLifetime
{
    private readonly Dictionary<string, long> _ids = [];
    private HttpClient _admin = null!;
    private IReadOnlyList<ApiEndpoint> _endpoints = [];

    public async Task InitializeAsync()
    {
        _admin = await server.ClientFor("admin");
        _endpoints = ApiEndpoint.Discover(server.Services);
        foreach (var (type, fields) in new (string, object)[]
        {
            ("claim", new { client = "Fuzz" }), ("operation", new { client = "Fuzz", amount = 10 }), ("story", new { client = "Fuzz" }),
            ("collection", new { client = "Fuzz", amountDue = 10 }), ("onboarding", new { client = "Fuzz" }),
            ("order", new { client = "Fuzz", channel = "phone", lines = new[] { "Fuzz x 1" }, amount = 10 }),
        })
        {
            _ids[type] = (await _admin.CreateItem(type, fields)).Id();
        }
        var deposit = await _admin.PostAsJsonAsync("/api/v1/collections/deposits", new { amount = 10, reference = "Fuzz" });
        _ids["deposit"] = (await deposit.Json())["id"]!.GetValue<long>();
    }

    public Task DisposeAsync()
    {
        _admin.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Every_api_endpoint_is_found_with_the_body_it_takes()
    {
        var names = _endpoints.Select(e => e.ToString()).ToList();

        Assert.True(_endpoints.Count >= 20, string.Join("\n", names));
        Assert.Contains("POST /api/v1/items/", names);
        Assert.Contains("POST /api/v1/collections/deposits", names);
        Assert.Contains(_endpoints, e => e.Method == "POST" && e.BodyProperties.Contains("fields"));
        Assert.Contains(_endpoints, e => e.Method == "POST" && e.BodyProperties.Contains("amount"));
        Assert.Contains(_endpoints, e => e.HasIdParameter && e.Method == "GET");
    }

    [Fact]
    public async Task Bodies_under_a_content_type_that_cannot_be_read_are_refused_cleanly()
    {
        var run = Run();
        foreach (var endpoint in _endpoints.Where(e => e.TakesBody))
        {
            foreach (var type in Malformed.ContentTypes)
            {
                await run.SendAsync(new(endpoint.Method, PathOf(endpoint), $"Content-Type {type ?? "none"}", type, Malformed.Utf8("{}")));
            }
        }
        run.AssertClean(atLeast: 100);
    }

    [Fact]
    public async Task Broken_json_is_refused_cleanly()
    {
        var run = Run();
        foreach (var endpoint in _endpoints.Where(e => e.TakesBody))
        {
            foreach (var body in Malformed.BrokenJson)
            {
                await run.SendAsync(new(endpoint.Method, PathOf(endpoint), $"body {Head(body)}", "application/json", Malformed.Utf8(body)));
            }
        }
        run.AssertClean(atLeast: 200);
    }

    [Fact]
    public async Task Wrong_types_and_values_beyond_any_bound_in_every_body_property_are_refused_cleanly()
    {
        var run = Run();
        foreach (var endpoint in _endpoints.Where(e => e.TakesBody))
        {
            // A body the endpoint reads by hand still gets the names a dossier step takes.
            var properties = endpoint.BodyProperties.Count > 0 ? endpoint.BodyProperties : ["expectedVersion", "note"];
            foreach (var property in properties)
            {
                foreach (var value in Malformed.Values)
                {
                    var (status, body) = await run.SendAsync(new(endpoint.Method, PathOf(endpoint), $"{property}={Head(value)}", "application/json",
                        Malformed.Utf8($$$"""{"{{{property}}}":{{{value}}}}""")));
                    // A body the endpoint declares must not be taken with a value no bound allows.
                    if (status < 300 && endpoint.BodyProperties.Count > 0 && Malformed.BeyondAnyBound.Contains(value))
                    {
                        run.Fail($"{endpoint} took {property}={Head(value)}: {status} {Head(body)}");
                    }
                }
            }
        }
        run.AssertClean(atLeast: 300);
    }

    [Fact]
    public async Task Every_workflow_field_given_a_value_beyond_its_bounds_or_of_another_type_is_refused_cleanly()
    {
        var run = Run();
        var workflows = (await _admin.GetJson("/api/v1/workflows")).AsArray();
        foreach (var workflow in workflows)
        {
            var type = (string)workflow!["type"]!;
            foreach (var field in workflow["fields"]!.AsArray())
            {
                var name = (string)field!["name"]!;
                var numeric = (string?)field["type"] is "money" or "number";
                foreach (var value in Malformed.FieldValues)
                {
                    var create = await run.SendAsync(new("POST", "/api/v1/items", $"create {type}.{name}={Head(value)}", "application/json",
                        Malformed.Utf8($$$"""{"type":"{{{type}}}","title":"Fuzz","fields":{"{{{name}}}":{{{value}}}}}""")));
                    if (numeric && !HasFieldError(create.Body, name))
                    {
                        run.Fail($"{type}.{name}={Head(value)} was not refused for the field: {create.Status} {Head(create.Body)}");
                    }
                    await run.SendAsync(new("POST", $"/api/v1/items/{_ids[type]}/transitions", $"move {type}.{name}={Head(value)}", "application/json",
                        Malformed.Utf8($$$"""{"trigger":"Cancel","expectedVersion":1,"fields":{"{{{name}}}":{{{value}}}}}""")));
                }
            }
        }
        run.AssertClean(atLeast: 500);
    }

    [Fact]
    public async Task Ids_in_every_route_are_taken_only_as_plain_digits()
    {
        var run = Run();
        foreach (var endpoint in _endpoints.Where(e => e.HasIdParameter))
        {
            var real = IdFor(endpoint);
            foreach (var spelling in Malformed.Ids(real))
            {
                var path = endpoint.Path(p => IsId(p) ? spelling : ValueOf(endpoint, p));
                var (status, body) = await run.SendAsync(new(endpoint.Method, path, $"id {spelling}", endpoint.TakesBody ? endpoint.SendAs : null,
                    endpoint.TakesBody ? Malformed.Utf8("{\"expectedVersion\":1,\"trigger\":\"Cancel\"}") : null));
                if (status is not (404 or 400))
                {
                    run.Fail($"{endpoint} took the id '{spelling}': {status} {Head(body)}");
                }
            }
        }
        run.AssertClean(atLeast: 150);
    }

    [Fact]
    public async Task Junk_in_the_query_of_every_read_is_answered_or_refused_cleanly()
    {
        var run = Run();
        foreach (var endpoint in _endpoints.Where(e => e.Method == "GET"))
        {
            foreach (var query in Malformed.Queries)
            {
                await run.SendAsync(new("GET", PathOf(endpoint) + "?" + query, $"query {Head(query)}"));
            }
        }
        run.AssertClean(atLeast: 200);
    }

    private FuzzRun Run() => new(server, _admin);

    private string PathOf(ApiEndpoint endpoint) => endpoint.Path(p => ValueOf(endpoint, p));

    private string ValueOf(ApiEndpoint endpoint, RoutePatternParameterPart parameter) => parameter.Name switch
    {
        _ when IsId(parameter) => IdFor(endpoint).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "document" => OnboardingChecklist.Documents[0],
        "sha256" => new string('0', 64),
        "key" => "claims",
        _ => "x",
    };

    private static bool IsId(RoutePatternParameterPart parameter) => parameter.ParameterPolicies.Any(p => p.Content == "long");

    /// <summary>A real row for the route, so a well-formed request would reach the handler.</summary>
    private long IdFor(ApiEndpoint endpoint)
    {
        var route = endpoint.Route.RawText ?? string.Empty;
        return route switch
        {
            _ when route.Contains("/onboarding/", StringComparison.Ordinal) => _ids["onboarding"],
            _ when route.Contains("/calls", StringComparison.Ordinal) => _ids["collection"],
            _ when route.Contains("/deposits/", StringComparison.Ordinal) => _ids["deposit"],
            _ when route.Contains("/protocols/", StringComparison.Ordinal) => 1,
            _ when route.Contains("contract", StringComparison.Ordinal) => _ids["operation"],
            _ when route.EndsWith("/claims", StringComparison.Ordinal) => _ids["order"],
            _ => _ids["claim"],
        };
    }

    private static bool HasFieldError(string body, string field)
    {
        try
        {
            return JsonNode.Parse(body) is JsonObject problem && problem["errors"] is JsonObject errors && errors.ContainsKey(field);
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static string Head(string text) => text.Length <= 40 ? text : text[..40] + $"…({text.Length})";
}

public sealed class ApiFuzzTestsOnSqlite(OpsBoardServer server) : ApiFuzzTests(server), IClassFixture<OpsBoardServer>;

public sealed class ApiFuzzTestsOnPostgreSql(PostgreSqlServer server) : ApiFuzzTests(server), IClassFixture<PostgreSqlServer>;
