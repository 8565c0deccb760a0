using Bunit;
using OpsBoard.Components.Pages.Fx;
using OpsBoard.Tests.Documents.Contracts;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Fx;

/// <summary>The contracts-to-sign page rendered by bUnit over the real app's services and database.</summary>
public sealed class ContractsPageTests : MudComponentTest, IClassFixture<OpsBoardServer>
{
    private static readonly TimeSpan Loaded = TimeSpan.FromSeconds(10);
    private readonly OpsBoardServer _server;

    public ContractsPageTests(OpsBoardServer server)
    {
        _server = server;
        Services.AddFallbackServiceProvider(server.Services);
    }

    [Fact]
    public async Task A_large_unsigned_operation_is_listed_with_its_links_and_leaves_the_page_live_once_signed()
    {
        using var culture = new UiCulture("en");
        var ana = await _server.ClientFor("ana");
        var (id, _) = await ContractRulesApiTests.AtBroker(ana, 180_000m, "USD");
        var (small, _) = await ContractRulesApiTests.AtBroker(ana, 1_800m, "USD");
        var page = RenderAs("ana", "Agent");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"tr[data-pending='{id}']")), Loaded);
        var row = page.Find($"tr[data-pending='{id}']");
        Assert.Matches("FX-[0-9]{6}", row.TextContent);
        Assert.Contains("180,000.00", row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/items/{id}", page.Find($"a[data-item-link='{id}']").GetAttribute("href"));
        Assert.Equal($"/api/v1/items/{id}/contract.pdf", page.Find($"[data-contract-link='{id}']").GetAttribute("href"));
        Assert.Empty(page.FindAll($"tr[data-pending='{small}']"));

        await ana.Sign(id);

        page.WaitForAssertion(() => Assert.Empty(page.FindAll($"tr[data-pending='{id}']")), Loaded);
    }

    private IRenderedComponent<ContractsPage> RenderAs(string user, string role)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(user);
        auth.SetRoles(role);
        return Render<ContractsPage>();
    }
}
