using System.Net;
using System.Net.Http.Json;
using OpsBoard.Domain.Workflows;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Items.Visibility;

/// <summary>
/// Every workflow × trigger × role × endpoint, answered over HTTP and the hub, against the rule as the README states
/// it, written here as data and not taken from the product. Transitions are sent from a version nobody holds: a
/// refusal for who the caller is answers 404 or 403; a caller the rule lets through reaches the version check (409),
/// so no request changes anything and the server is shared by all rows.
/// </summary>
public sealed class AccessMatrixTests(AccessMatrixServer server) : IClassFixture<AccessMatrixServer>
{
    /// <summary>Who asks: the item's holder, another agent, an agent of an onboarding area, and those who oversee.</summary>
    private static readonly Dictionary<string, (string User, string[] Roles)> People = new()
    {
        ["AgentOwner"] = ("ana", ["Agent"]),
        ["AgentNonOwner"] = ("bruno", ["Agent"]),
        ["AgentOfAnArea"] = ("otto", ["Agent", "Operations"]),
        ["Lead"] = ("carla", ["Lead"]),
        ["Manager"] = ("diego", ["Manager"]),
        ["Admin"] = ("admin", ["Admin"]),
    };

    /// <summary>The README's table "Who sees what", column by column in the order of <see cref="People"/>.</summary>
    private static readonly Dictionary<string, bool[]> Sees = new()
    {
        ["operation"] = [true, true, true, true, true, true],
        ["story"] = [true, true, true, true, true, true],
        ["claim"] = [true, true, true, true, true, true],
        ["collection"] = [true, false, false, true, true, true],
        ["onboarding"] = [true, false, true, true, true, true],
        ["order"] = [true, true, true, true, true, true],
    };

    /// <summary>Triggers kept for some roles; every other trigger is for Agents, Leads and Managers.</summary>
    private static readonly Dictionary<string, string[]> TriggerRoles = new()
    {
        ["collection.Escalate"] = ["Lead", "Manager"],
        ["collection.RefundClient"] = ["Lead", "Manager"],
        ["collection.RecordAdvance"] = ["Lead", "Manager"],
        ["onboarding.SignOff"] = ["CustomerService", "Operations", "Security", "ProcessingRoom"],
        ["onboarding.Activate"] = ["Admin"],
        ["onboarding.ApproveChange"] = ["Operations"],
        ["onboarding.RejectChange"] = ["Operations"],
        ["onboarding.AddStudy"] = ["Security"],
    };

    private static readonly string[] Staff = ["Agent", "Lead", "Manager"];

    public static TheoryData<string, string, string> Reads() => Rows(["GET item", "history", "list", "assign", "hub", "file", "calls", "control sheet"]);

    public static TheoryData<string, string, string> Transitions()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var workflow in WorkflowCatalog.Default.All.OrderBy(w => w.Type))
        {
            foreach (var trigger in workflow.Triggers)
            {
                foreach (var person in People.Keys)
                {
                    rows.Add(workflow.Type, person, trigger.Name);
                }
            }
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public async Task A_transition_answers_as_the_rule_says(string workflow, string person, string trigger)
    {
        var id = server.Items[workflow];
        var client = await server.ClientFor(People[person].User);

        var response = await client.Fire(id, trigger, expectedVersion: 9999);

        var roles = TriggerRoles.GetValueOrDefault($"{workflow}.{trigger}", Staff);
        var expected = !SeesIt(workflow, person) ? HttpStatusCode.NotFound
            : !People[person].Roles.Intersect(roles).Any() ? HttpStatusCode.Forbidden
            : HttpStatusCode.Conflict;
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task A_read_answers_as_the_rule_says(string workflow, string person, string endpoint)
    {
        var id = server.Items[workflow];
        var user = People[person].User;
        var client = await server.ClientFor(user);
        var sees = SeesIt(workflow, person);

        switch (endpoint)
        {
            case "GET item":
                Assert.Equal(sees ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/items/{id}")).StatusCode);
                break;
            case "history":
                Assert.Equal(sees ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/items/{id}/history")).StatusCode);
                break;
            case "list":
                var listed = (await client.GetJson($"/api/v1/items?type={workflow}&assignee=ana&pageSize=500"))["items"]!.AsArray();
                Assert.Equal(sees, listed.Any(i => i!.Id() == id));
                break;
            case "assign":
                // Only those who oversee hand work around; they see everything, so they reach the version check.
                var assign = await client.PostAsJsonAsync($"/api/v1/items/{id}/assignment", new { assignee = "bruno", expectedVersion = 9999 });
                Assert.Equal(People[person].Roles.Contains("Agent") ? HttpStatusCode.Forbidden : HttpStatusCode.Conflict, assign.StatusCode);
                break;
            case "hub":
                await using (var hub = await RawHubClient.ConnectAsync(server.BaseAddress, await server.TokenFor(user)))
                {
                    var subscribe = hub.InvokeAsync("Subscribe", $"item:{id}");
                    if (sees)
                    {
                        await subscribe;
                    }
                    else
                    {
                        await Assert.ThrowsAsync<InvalidOperationException>(() => subscribe);
                    }
                }
                break;
            case "file":
                var file = await client.GetAsync($"/api/v1/onboarding/{id}/files/{server.DossierFile}");
                Assert.Equal(sees ? HttpStatusCode.OK : HttpStatusCode.NotFound, file.StatusCode);
                break;
            case "calls":
                Assert.Equal(sees ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/items/{id}/calls")).StatusCode);
                break;
            case "control sheet":
                Assert.Equal(sees ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/onboarding/{id}/control-sheet")).StatusCode);
                break;
        }
    }

    private static bool SeesIt(string workflow, string person) => Sees[workflow][People.Keys.ToList().IndexOf(person)];

    /// <summary>Each endpoint for the workflows it belongs to: files and the sheet are a dossier's, calls a case's.</summary>
    private static TheoryData<string, string, string> Rows(string[] endpoints)
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var workflow in Sees.Keys)
        {
            foreach (var endpoint in endpoints.Where(e => e switch
            {
                "file" or "control sheet" => workflow == "onboarding",
                "calls" => workflow == "collection",
                _ => true,
            }))
            {
                foreach (var person in People.Keys)
                {
                    rows.Add(workflow, person, endpoint);
                }
            }
        }
        return rows;
    }
}
