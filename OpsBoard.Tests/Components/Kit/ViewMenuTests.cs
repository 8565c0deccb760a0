using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Components.Kit;
using OpsBoard.Tests.Support;
using OpsBoard.Views;

namespace OpsBoard.Tests.Components.Kit;

public sealed class ViewMenuTests : ViewMenuTestContext
{
    private readonly UiCulture _culture = new("en");

    [Fact]
    public void A_closed_menu_is_its_button_alone_with_no_component_and_no_list_behind_it()
    {
        var menu = Menu();

        var button = menu.Find("[data-test=views-button]");
        Assert.Equal("menu", button.GetAttribute("aria-haspopup"));
        Assert.Equal("false", button.GetAttribute("aria-expanded"));
        Assert.Equal("Views", button.TextContent.Trim());
        Assert.Empty(menu.FindAll("[role=menu], [role=menuitem]"));
        Assert.Empty(menu.FindComponents<IComponent>());
    }

    [Fact]
    public async Task Opening_lists_the_readers_views_the_teams_shared_ones_and_saving()
    {
        await SavedAsync("Mine");
        await SavedAsync("Theirs", owner: "ana", shared: true);
        var menu = Menu();

        menu.Find("[data-test=views-button]").Click();

        Assert.Equal("true", menu.Find("[data-test=views-button]").GetAttribute("aria-expanded"));
        Assert.Equal(["Mine", "Theirs"], menu.FindAll("[data-test=saved-view]").Select(v => v.GetAttribute("data-name")));
        Assert.Contains("shared by ana", menu.Find("[data-name=Theirs]").TextContent, StringComparison.Ordinal);
        Assert.Single(menu.FindAll("[data-test=save-view]"));
        Assert.Equal(["Mine"], menu.FindAll("[data-test=delete-view]").Select(v => v.GetAttribute("data-name")));
        Assert.All(menu.FindAll("[role=menu] button"), b => Assert.Equal("menuitem", b.GetAttribute("role")));
    }

    [Fact]
    public void Escape_closes_the_list_and_gives_the_focus_back_to_the_button()
    {
        var menu = Menu();
        menu.Find("[data-test=views-button]").Click();

        menu.Find("[role=menu]").KeyDown("Escape");

        Assert.Empty(menu.FindAll("[role=menu]"));
        Assert.Equal("false", menu.Find("[data-test=views-button]").GetAttribute("aria-expanded"));
        // Opening put the focus in the list; Escape moves it elsewhere, to the button (the browser test sees which).
        var focused = JSInterop.VerifyFocusAsyncInvoke(calledTimes: 2).Select(f => ((ElementReference)f.Arguments[0]!).Id).ToList();
        Assert.NotEqual(focused[0], focused[1]);
    }

    [Fact]
    public void A_click_outside_the_list_closes_it()
    {
        var menu = Menu();
        menu.Find("[data-test=views-button]").Click();

        menu.Find(".light-menu-backdrop").Click();

        Assert.Empty(menu.FindAll("[role=menu]"));
    }

    [Fact]
    public async Task Picking_a_view_opens_it_and_closes_the_list()
    {
        await SavedAsync("Overdue");
        SavedViewDto? opened = null;
        var menu = Menu(view => opened = view);
        menu.Find("[data-test=views-button]").Click();

        menu.Find("[data-test=saved-view][data-name=Overdue]").Click();

        Assert.Equal("Overdue", opened?.Filters["q"]);
        Assert.Empty(menu.FindAll("[role=menu]"));
    }

    [Fact]
    public async Task Deleting_one_of_the_readers_views_removes_it_from_the_database_and_the_list()
    {
        await SavedAsync("Old");
        var menu = Menu();
        menu.Find("[data-test=views-button]").Click();

        menu.Find("[data-test=delete-view][data-name=Old]").Click();

        Assert.Empty(menu.FindAll("[role=menu]"));
        Assert.Empty(await ViewsAsync());
        menu.Find("[data-test=views-button]").Click();
        Assert.Empty(menu.FindAll("[data-test=saved-view]"));
    }

    [Fact]
    public async Task Saving_asks_the_name_in_a_dialog_and_keeps_the_lists_filters_under_it()
    {
        var provider = Render<MudDialogProvider>();
        var menu = Menu();
        menu.Find("[data-test=views-button]").Click();

        menu.Find("[data-test=save-view]").Click();
        provider.WaitForElement("input[data-test=view-name]").Input("Late claims");
        provider.Find("input[data-test=view-shared]").Change(true);
        provider.Find("[data-test=view-save]").Click();

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-test=view-save]")));
        var saved = Assert.Single(await ViewsAsync());
        Assert.Equal(("Late claims", true, "claims"), (saved.Name, saved.Shared, saved.Filters["queue"]));
        menu.Find("[data-test=views-button]").Click();
        Assert.Equal("Late claims", menu.Find("[data-test=saved-view]").GetAttribute("data-name"));
    }

    [Fact]
    public void A_view_without_a_name_is_refused_in_the_dialog_which_stays_open()
    {
        var provider = Render<MudDialogProvider>();
        var menu = Menu();
        menu.Find("[data-test=views-button]").Click();
        menu.Find("[data-test=save-view]").Click();

        provider.WaitForElement("[data-test=view-save]").Click();

        provider.WaitForAssertion(() => Assert.NotEmpty(provider.FindAll(".mud-input-error")));
        Assert.Single(provider.FindAll("[data-test=view-save]"));
    }

    protected override void Dispose(bool disposing)
    {
        _culture.Dispose();
        base.Dispose(disposing);
    }

    private IRenderedComponent<ViewMenu> Menu(Action<SavedViewDto>? open = null) => Render<ViewMenu>(p => p
        .Add(m => m.List, "queues")
        .Add(m => m.Actor, Carla)
        .Add(m => m.Current, () => new ViewState(new Dictionary<string, string> { ["queue"] = "claims" }, "due", false))
        .Add(m => m.OnOpen, view => open?.Invoke(view)));
}
