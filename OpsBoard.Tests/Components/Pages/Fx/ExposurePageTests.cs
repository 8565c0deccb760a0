using Bunit;
using OpsBoard.Components.Pages.Fx;
using OpsBoard.Tests.Fx;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Fx;

/// <summary>The exposure page rendered by bUnit over the real app's services and database.</summary>
public sealed class ExposurePageTests : MudComponentTest, IClassFixture<OpsBoardServer>
{
    private static readonly TimeSpan Loaded = TimeSpan.FromSeconds(10);
    private readonly OpsBoardServer _server;

    public ExposurePageTests(OpsBoardServer server)
    {
        _server = server;
        Services.AddFallbackServiceProvider(server.Services);
    }

    [Fact]
    public async Task The_page_shows_each_currency_and_direction_and_follows_operations_as_they_move()
    {
        using var culture = new UiCulture("en");
        var ana = await _server.ClientFor("ana");
        var item = await ana.CreateItem("operation", new { client = "On the page", amount = 1_000m, currency = "EUR", direction = "inbound" });
        var auth = AddAuthorization();
        auth.SetAuthorized("ana");
        auth.SetRoles("Agent");
        var page = Render<ExposurePage>();
        page.WaitForAssertion(() => Assert.Contains("EUR 1,000.00 · USD 1,080.00", page.Find("tr[data-currency=EUR][data-direction=inbound]").TextContent,
            StringComparison.Ordinal), Loaded);

        await ana.MoveTo(item, "Closed");

        page.WaitForAssertion(() =>
        {
            var cells = page.FindAll("tr[data-currency=EUR][data-direction=inbound] td");
            Assert.Equal("—", cells[2].TextContent.Trim());
            Assert.Equal("EUR 1,000.00 · USD 1,080.00", cells[3].TextContent.Trim());
        }, Loaded);
        Assert.Contains("USD 1,080.00", page.Find("[data-test=exposure-totals]").TextContent, StringComparison.Ordinal);
    }
}
