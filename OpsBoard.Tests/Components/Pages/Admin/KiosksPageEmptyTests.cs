using Bunit;
using OpsBoard.Components.Pages.Admin;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Admin;

/// <summary>The kiosks page over a database with no device yet (a server of its own, so no other test has added one).</summary>
public sealed class KiosksPageEmptyTests : MudComponentTest, IClassFixture<OpsBoardServer>
{
    public KiosksPageEmptyTests(OpsBoardServer server) => Services.AddFallbackServiceProvider(server.Services);

    [Fact]
    public void With_no_device_the_list_says_how_to_add_one_and_the_notice_goes_once_one_is_registered()
    {
        using var culture = new UiCulture("pt-BR");
        var auth = AddAuthorization();
        auth.SetAuthorized("admin");
        auth.SetRoles("Admin");
        var page = Render<KiosksPage>();

        page.WaitForAssertion(() => Assert.StartsWith("Nenhuma TV de painel", page.Find("[data-test=no-kiosks]").TextContent.Trim(), StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        page.Find("input[data-field-input=name]").Change("TV da recepção");
        page.Find("[data-test=register-kiosk]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-test=no-kiosks]")), TimeSpan.FromSeconds(10));
        Assert.Contains("TV da recepção", page.Find("[data-test=kiosks]").TextContent, StringComparison.Ordinal);
    }
}
