using Bunit;
using MudBlazor;
using OpsBoard.Components.Pages.Admin;
using OpsBoard.Tests.Admin;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Admin;

/// <summary>The people page rendered by bUnit over the real app's services and database, signed in as the demo Admin.</summary>
public sealed class UsersPageTests : MudComponentTest, IClassFixture<OpsBoardServer>
{
    private static readonly TimeSpan Loaded = TimeSpan.FromSeconds(10);
    private readonly OpsBoardServer _server;

    public UsersPageTests(OpsBoardServer server)
    {
        _server = server;
        Services.AddFallbackServiceProvider(server.Services);
    }

    [Fact]
    public void The_table_lists_people_with_their_roles_areas_and_state()
    {
        using var culture = new UiCulture("en");
        var page = RenderAsAdmin();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tr[data-key=clara]")), Loaded);
        var clara = page.Find("tr[data-key=clara]");
        Assert.Contains("Agent", clara.Children[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("Customer service", clara.Children[3].TextContent, StringComparison.Ordinal);
        Assert.Equal("Active", clara.QuerySelector("[data-test=state]")!.TextContent.Trim());
    }

    [Fact]
    public void In_Russian_roles_areas_and_the_column_names_a_phone_shows_are_Russian()
    {
        using var culture = new UiCulture("ru");
        var page = RenderAsAdmin();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tr[data-key=clara]")), Loaded);
        var clara = page.Find("tr[data-key=clara]");
        Assert.Contains("Агент", clara.Children[2].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("CustomerService", clara.Children[3].TextContent, StringComparison.Ordinal);
        Assert.Equal("Роли", clara.Children[2].GetAttribute("data-label"));
    }

    [Fact]
    public async Task A_person_added_in_the_dialog_is_stored_and_their_temporary_password_shown_once()
    {
        using var culture = new UiCulture("en");
        var (provider, page) = RenderWithDialogs();
        page.Find("[data-test=add-person]").Click();
        provider.WaitForElement("[data-test=person-form]");

        provider.Find("input[data-field-input=userName]").Change("nina");
        provider.Find("input[data-field-input=displayName]").Change("Nina Costa");
        provider.Find("input[data-role=Operations], [data-role=Operations] input").Change(true);
        provider.Find("[data-test=dialog-save]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tr[data-key=nina]")), Loaded);
        var password = page.Find("[data-test=temporary-password-value]").TextContent.Trim();
        Assert.NotNull(await _server.TokenOrNull("nina", password));
        Assert.Equal("Agent,Operations", _server.WithDb(db => db.Users.Single(u => u.UserName == "nina").RolesText));
    }

    [Fact]
    public void A_refused_person_shows_the_reason_beside_the_field_and_is_not_stored()
    {
        using var culture = new UiCulture("en");
        var (provider, page) = RenderWithDialogs();
        page.Find("[data-test=add-person]").Click();
        provider.WaitForElement("[data-test=person-form]");

        provider.Find("input[data-field-input=userName]").Change("weak.one");
        provider.Find("input[data-field-input=displayName]").Change("Weak One");
        provider.Find("input[data-field-input=password]").Change("weak.one");
        provider.Find("[data-test=dialog-save]").Click();

        provider.WaitForAssertion(() => Assert.Contains("at least 10 characters", provider.Markup, StringComparison.Ordinal), Loaded);
        Assert.False(_server.WithDb(db => db.Users.Any(u => u.UserName == "weak.one")));
    }

    [Fact]
    public async Task Disable_marks_the_person_and_their_sign_in_is_refused()
    {
        using var culture = new UiCulture("en");
        var name = await _server.NewPerson("Agent");
        var page = RenderAsAdmin();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"tr[data-key={name}]")), Loaded);

        page.Find($"tr[data-key={name}] [data-test=disable]").Click();

        page.WaitForAssertion(() => Assert.Equal("Disabled", page.Find($"tr[data-key={name}] [data-test=state]").TextContent.Trim()), Loaded);
        Assert.Null(await _server.TokenOrNull(name, PeopleKit.GoodPassword));
    }

    private IRenderedComponent<UsersPage> RenderAsAdmin()
    {
        SignInAsAdmin();
        return Render<UsersPage>();
    }

    // An inline MudDialog draws itself through the layout's dialog provider, so the provider is what shows it.
    private (IRenderedComponent<MudDialogProvider> Provider, IRenderedComponent<UsersPage> Page) RenderWithDialogs()
    {
        SignInAsAdmin();
        var provider = Render<MudDialogProvider>();
        return (provider, Render<UsersPage>());
    }

    private void SignInAsAdmin()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("admin");
        auth.SetRoles("Admin");
    }
}
