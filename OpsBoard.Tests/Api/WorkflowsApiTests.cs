using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

/// <summary>The REST contract, the same on either database: see the two classes at the end.</summary>
public abstract class WorkflowsApiTests(OpsBoardServer server)
{
    [Fact]
    public async Task Workflows_describe_states_fields_and_triggers_so_a_client_can_drive_any_of_them()
    {
        var ana = await server.ClientFor("ana");
        var workflows = (await ana.GetJson("/api/v1/workflows")).AsArray();
        Assert.Equal(["claim", "collection", "onboarding", "operation", "order", "story"], workflows.Select(w => (string?)w!["type"]).Order());
        var operation = workflows.Single(w => (string?)w!["type"] == "operation")!;
        Assert.Equal("Received", (string?)operation["initialState"]);
        Assert.Equal(11, operation["states"]!.AsArray().Count);
        var required = operation["fields"]!.AsArray().Where(f => f!["requiredOnCreate"]!.GetValue<bool>()).Select(f => (string?)f!["name"]);
        Assert.Equal(["amount", "client"], required.Order());
        var close = operation["triggers"]!.AsArray().Single(t => (string?)t!["name"] == "Close")!;
        Assert.Equal(["ReadyToClose"], close["from"]!.AsArray().Select(s => (string?)s));
        Assert.Equal("Closed", (string?)close["to"]);
        Assert.Equal(["operator", "rate"], close["requiredFields"]!.AsArray().Select(s => (string?)s).Order());
        Assert.Contains("Agent", close["roles"]!.AsArray().Select(s => (string?)s));
    }
}

public sealed class WorkflowsApiTestsOnSqlite(OpsBoardServer server) : WorkflowsApiTests(server), IClassFixture<OpsBoardServer>;

public sealed class WorkflowsApiTestsOnPostgreSql(PostgreSqlServer server) : WorkflowsApiTests(server), IClassFixture<PostgreSqlServer>;
