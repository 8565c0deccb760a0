using Bunit;
using OpsBoard.Components.Kit;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Kit;

public sealed class ExportMenuTests : MudComponentTest
{
    [Fact]
    public void Closed_it_is_a_button_only_and_open_it_offers_each_format_as_a_download_of_the_lists_address()
    {
        using var culture = new UiCulture("pt-BR");
        var menu = Render<ExportMenu>(p => p.Add(m => m.Address, format => $"/api/v1/items/export?format={format}&q=late"));
        Assert.Empty(menu.FindAll("[data-test=export-xlsx]"));

        menu.Find("[data-test=export-button]").Click();

        var xlsx = menu.Find("[data-test=export-xlsx]");
        Assert.Equal("/api/v1/items/export?format=xlsx&q=late", xlsx.GetAttribute("href"));
        Assert.Equal("/api/v1/items/export?format=csv&q=late", menu.Find("[data-test=export-csv]").GetAttribute("href"));
        // A download, so the page's router leaves the link to the browser.
        Assert.True(xlsx.HasAttribute("download"));
        Assert.Equal("menuitem", xlsx.GetAttribute("role"));
    }

    [Fact]
    public void Picking_a_format_closes_the_list()
    {
        var menu = Render<ExportMenu>(p => p.Add(m => m.Address, format => format));
        menu.Find("[data-test=export-button]").Click();

        menu.Find("[data-test=export-csv]").Click();

        Assert.Empty(menu.FindAll("[role=menu]"));
    }
}
