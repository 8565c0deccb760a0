using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

public sealed class WorkflowsApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
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
