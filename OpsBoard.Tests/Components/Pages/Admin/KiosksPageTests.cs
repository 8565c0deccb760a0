using Bunit;
using OpsBoard.Admin.Kiosks;
using OpsBoard.Components.Pages.Admin;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Admin;

/// <summary>The kiosks page rendered by bUnit over the real app's services and database, signed in as the demo Admin.</summary>
public sealed class KiosksPageTests : MudComponentTest, IClassFixture<OpsBoardServer>
{
    private static readonly TimeSpan Loaded = TimeSpan.FromSeconds(10);
    private readonly OpsBoardServer _server;

    public KiosksPageTests(OpsBoardServer server)
    {
        _server = server;
        Services.AddFallbackServiceProvider(server.Services);
    }

    [Fact]
    public void A_registered_device_shows_its_link_once_and_revoke_marks_it_revoked()
    {
        using var culture = new UiCulture("en");
        var page = RenderAsAdmin();
        page.Find("input[data-field-input=name]").Change("Break room TV");
        page.Find("[data-test=register-kiosk]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-test=kiosk-link-value]")), Loaded);
        var link = page.Find("[data-test=kiosk-link-value]").TextContent.Trim();
        Assert.Contains("/kiosk/", link, StringComparison.Ordinal);
        var device = _server.WithDb(db => db.KioskDevices.Single(k => k.Name == "Break room TV"));
        Assert.Equal(KioskService.Hash(link[(link.LastIndexOf('/') + 1)..]), device.SecretHash);

        page.Find($"tr[data-key='{device.Id}'] [data-test=revoke]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Revoked", page.Find($"tr[data-key='{device.Id}'] [data-test=state]").TextContent.Trim(),
            StringComparison.Ordinal), Loaded);
        Assert.Empty(page.FindAll("[data-test=kiosk-link-value]"));
        Assert.True(_server.WithDb(db => db.KioskDevices.Single(k => k.Id == device.Id).IsRevoked));
    }

    [Fact]
    public void A_nameless_device_is_refused_beside_the_field()
    {
        using var culture = new UiCulture("en");
        var page = RenderAsAdmin();
        page.Find("[data-test=register-kiosk]").Click();

        page.WaitForAssertion(() => Assert.Contains("A device name of 1 to 64 characters is required.", page.Markup, StringComparison.Ordinal), Loaded);
        Assert.Empty(page.FindAll("[data-test=kiosk-link-value]"));
    }

    private IRenderedComponent<KiosksPage> RenderAsAdmin()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("admin");
        auth.SetRoles("Admin");
        return Render<KiosksPage>();
    }
}
