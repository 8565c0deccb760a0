using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Workflows.Operations;
using OpsBoard.Components.Pages.Fx;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Fx;

/// <summary>The reference rates page rendered by bUnit over the real app's services and database.</summary>
public sealed class RatesPageTests : MudComponentTest, IClassFixture<OpsBoardServer>
{
    private static readonly TimeSpan Loaded = TimeSpan.FromSeconds(10);
    private readonly OpsBoardServer _server;

    public RatesPageTests(OpsBoardServer server)
    {
        _server = server;
        Services.AddFallbackServiceProvider(server.Services);
    }

    [Fact]
    public async Task A_Manager_sets_a_rate_in_the_page_and_the_next_operation_reads_it()
    {
        using var culture = new UiCulture("pt-BR");
        var page = RenderAs("diego", "Manager");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-rate-input=AUD]")), Loaded);

        page.Find("input[data-rate-input=AUD]").Change("0,6512");
        page.Find("[data-rate-save=AUD]").Click();

        page.WaitForAssertion(() => Assert.Contains("AUD definida em 0,6512 USD.", page.Find("[data-test=rates-message]").TextContent, StringComparison.Ordinal), Loaded);
        Assert.Equal("0.6512", _server.WithDb(db => db.Set<OpsBoard.Fx.ReferenceRate>().Single(r => r.Currency == "AUD").UsdPerUnit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(0.6512m, _server.Services.GetRequiredService<IUsdRates>().UsdPerUnit("AUD"));
        var rates = (await (await _server.ClientFor("ana")).GetJson("/api/v1/fx/rates")).AsArray();
        Assert.Equal("diego", (string?)rates.Single(r => (string?)r!["currency"] == "AUD")!["updatedBy"]);
    }

    [Fact]
    public void A_Lead_reads_the_rates_without_a_field_to_change_them()
    {
        using var culture = new UiCulture("en");
        var page = RenderAs("carla", "Lead");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tr[data-currency=EUR]")), Loaded);
        Assert.Empty(page.FindAll("input[data-rate-input]"));
        Assert.Contains("always 1", page.Find("tr[data-currency=USD]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Only Managers change rates.", page.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<RatesPage> RenderAs(string user, string role)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(user);
        auth.SetRoles(role);
        return Render<RatesPage>();
    }
}
