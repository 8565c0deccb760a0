using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Bunit;
using OpsBoard.Components.Layout;

namespace OpsBoard.Tests.Components.Layout;

public sealed class MainLayoutTests : MudComponentTest
{
    private static readonly string[] EveryoneSees =
        ["queues", "collections", "collections/deposits", "onboarding", "clients", "workflows", "wallboard", "protocols"];

    [Fact]
    public void An_agent_sees_the_desk_links_in_the_drawer_but_not_reports()
    {
        var layout = RenderFor("ana", "Agent");

        Assert.Equal([.. EveryoneSees, "fx/contracts", "fx/exposure"], DrawerLinks(layout));
        Assert.Empty(layout.FindAll("[data-test=nav-reports]"));
    }

    [Theory]
    [InlineData("Lead")]
    [InlineData("Manager")]
    public void Leads_and_managers_also_see_reports_and_the_reference_rates(string role)
    {
        var layout = RenderFor("carla", role);

        Assert.Equal([.. EveryoneSees, "reports", "fx/rates", "fx/contracts", "fx/exposure"], DrawerLinks(layout).Where(h => !h.StartsWith("admin/", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Agent", false)]
    [InlineData("Lead", false)]
    [InlineData("Manager", false)]
    [InlineData("Admin", true)]
    public void Only_admins_see_the_mail_outbox(string role, bool sees)
    {
        var layout = RenderFor("carla", role);

        Assert.Equal(sees, DrawerLinks(layout).Contains("admin/mail"));
    }

    [Fact]
    public void Admins_also_see_reports_the_reference_rates_people_the_audit_log_and_the_mail_outbox() =>
        Assert.Equal(["queues", "collections", "collections/deposits", "onboarding", "clients", "workflows", "wallboard", "reports", "fx/rates", "fx/contracts", "fx/exposure", "admin/users", "admin/audit", "admin/mail"], DrawerLinks(RenderFor("carla", "Admin")));

    [Fact]
    public void The_app_bar_names_the_product_and_the_signed_in_user_with_a_way_out()
    {
        var layout = RenderFor("diego", "Manager");

        var bar = layout.Find(".mud-appbar");
        Assert.Contains("OpsBoard", bar.TextContent, StringComparison.Ordinal);
        Assert.Equal("diego", layout.Find("[data-test=user-name]").TextContent.Trim());
        Assert.Equal("/auth/logout", bar.QuerySelector("form")?.GetAttribute("action"));
        Assert.NotNull(bar.QuerySelector(".language-picker"));
    }

    [Fact]
    public void The_page_sits_in_the_main_content_beside_the_reconnect_dialog()
    {
        var layout = RenderFor("ana", "Agent");

        Assert.Equal("the page", layout.Find(".mud-main-content main").TextContent.Trim());
        Assert.NotNull(layout.Find("[data-test=reconnect]"));
    }

    private IRenderedComponent<MainLayout> RenderFor(string user, string role)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(user);
        auth.SetRoles(role);
        Services.AddSingleton<AntiforgeryStateProvider>(new FixedToken());
        return Render<MainLayout>(p => p.Add(l => l.Body, b => b.AddContent(0, "the page")));
    }

    private static string[] DrawerLinks(IRenderedComponent<MainLayout> layout) =>
        layout.FindAll(".mud-drawer a.mud-nav-link").Select(a => a.GetAttribute("href") ?? "").ToArray();

    /// <summary>The token the server would hand out with the page.</summary>
    private sealed class FixedToken : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken GetAntiforgeryToken() => new("token", "__RequestVerificationToken");
    }
}
