using Bunit;
using OpsBoard.Components.Pages.Collections;
using OpsBoard.Tests.Collections;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Collections;

/// <summary>The portfolio page rendered by bUnit over the real app's services and database, with cases made through the API.</summary>
public sealed class PortfolioPageTests : MudComponentTest, IClassFixture<OpsBoardServer>
{
    private static readonly TimeSpan Loaded = TimeSpan.FromSeconds(10);
    private readonly OpsBoardServer _server;

    public PortfolioPageTests(OpsBoardServer server)
    {
        _server = server;
        Services.AddFallbackServiceProvider(server.Services);
    }

    [Fact]
    public async Task A_lead_sees_an_agent_picker_and_the_picked_agents_cases()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var anas = (await (await _server.ClientFor("ana")).NewCase($"Ana {tag}")).Id();
        var brunos = (await (await _server.ClientFor("bruno")).NewCase($"Bruno {tag}")).Id();
        var page = RenderFor("carla", "Lead");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"[data-key='{brunos}']")), Loaded);
        Assert.NotEmpty(page.FindAll($"[data-key='{anas}']"));

        await page.InvokeAsync(() => page.Find("select[data-test=agent-picker]").Change("bruno"));

        page.WaitForAssertion(() => Assert.Empty(page.FindAll($"[data-key='{anas}']")), Loaded);
        Assert.NotEmpty(page.FindAll($"[data-key='{brunos}']"));
        Assert.Equal("bruno", page.Find(".portfolio-cases").GetAttribute("data-agent"));
    }

    [Fact]
    public async Task An_agent_sees_no_picker_no_tick_boxes_and_only_their_own_cases()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var anas = (await (await _server.ClientFor("ana")).NewCase($"Ana {tag}")).Id();
        var brunos = (await (await _server.ClientFor("bruno")).NewCase($"Bruno {tag}")).Id();
        var page = RenderFor("ana", "Agent");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"[data-key='{anas}']")), Loaded);
        Assert.Empty(page.FindAll("[data-test=agent-picker]"));
        Assert.Empty(page.FindAll("input[type=checkbox]"));
        Assert.Empty(page.FindAll($"[data-key='{brunos}']"));
    }

    [Fact]
    public async Task Amounts_show_in_reais_in_portuguese_and_whole_amounts_without_decimals()
    {
        var ana = await _server.ClientFor("ana");
        var whole = (await ana.NewCase($"Inteiro {Guid.NewGuid():N}", amountDue: 25m, daysOverdue: 40m)).Id();
        var cents = (await ana.NewCase($"Centavos {Guid.NewGuid():N}", amountDue: 12_345.67m)).Id();
        using var culture = new UiCulture("pt-BR");
        var page = RenderFor("ana", "Agent");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"[data-key='{cents}']")), Loaded);
        Assert.Equal("R$ 25", AmountOf(page, whole));
        Assert.Equal("R$ 12.345,67", AmountOf(page, cents));
        Assert.Equal("40", Row(page, whole).QuerySelectorAll("td")[3].TextContent.Trim());
        Assert.Contains("Valor devido", page.Find("thead").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_click_on_a_header_sorts_the_cases_by_it_and_a_second_click_turns_the_order_round()
    {
        var ana = await _server.ClientFor("ana");
        var least = (await ana.NewCase($"Menor {Guid.NewGuid():N}", amountDue: 0.01m)).Id();
        var most = (await ana.NewCase($"Maior {Guid.NewGuid():N}", amountDue: 99_999_999m)).Id();
        var page = RenderFor("ana", "Agent");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"[data-key='{least}'], [data-key='{most}']")), Loaded);

        await page.InvokeAsync(() => page.Find("[data-sort=AmountDue]").Click());
        page.WaitForAssertion(() => Assert.Equal(least, FirstCase(page)), Loaded);
        Assert.Equal("ascending", page.Find("[data-sort=AmountDue]").ParentElement!.GetAttribute("aria-sort"));

        await page.InvokeAsync(() => page.Find("[data-sort=AmountDue]").Click());
        page.WaitForAssertion(() => Assert.Equal(most, FirstCase(page)), Loaded);
        Assert.Equal("descending", page.Find("[data-sort=AmountDue]").ParentElement!.GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task A_lead_ticks_a_case_or_the_whole_page_for_bulk_work()
    {
        var id = (await (await _server.ClientFor("bruno")).NewCase($"Lote {Guid.NewGuid():N}")).Id();
        var page = RenderFor("carla", "Lead");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"[data-key='{id}']")), Loaded);
        Assert.Empty(page.FindAll("[data-test=bulk-bar]"));

        await page.InvokeAsync(() => Row(page, id).QuerySelector("input[type=checkbox]")!.Change(true));
        page.WaitForAssertion(() => Assert.Contains("1", page.Find("[data-test=bulk-count]").TextContent, StringComparison.Ordinal), Loaded);

        await page.InvokeAsync(() => page.Find("thead input[type=checkbox]").Change(true));
        var rows = page.FindAll("[data-test=portfolio] tbody tr").Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        page.WaitForAssertion(() => Assert.Contains(rows, page.Find("[data-test=bulk-count]").TextContent, StringComparison.Ordinal), Loaded);
        Assert.All(page.FindAll("[data-test=portfolio] tbody input[type=checkbox]"), box => Assert.True(box.HasAttribute("checked")));

        await page.InvokeAsync(() => page.Find("thead input[type=checkbox]").Change(false));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-test=bulk-bar]")), Loaded);
    }

    [Fact]
    public async Task Picking_another_agent_leaves_the_cases_ticked_on_the_last_portfolio_behind()
    {
        var id = (await (await _server.ClientFor("ana")).NewCase($"Marcado {Guid.NewGuid():N}")).Id();
        var page = RenderFor("carla", "Lead");
        await page.InvokeAsync(() => page.Find("select[data-test=agent-picker]").Change("ana"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"[data-key='{id}']")), Loaded);
        await page.InvokeAsync(() => Row(page, id).QuerySelector("input[type=checkbox]")!.Change(true));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-test=bulk-bar]")), Loaded);

        await page.InvokeAsync(() => page.Find("select[data-test=agent-picker]").Change("bruno"));

        page.WaitForAssertion(() => Assert.Equal("bruno", page.Find(".portfolio-cases").GetAttribute("data-agent")), Loaded);
        Assert.Empty(page.FindAll("[data-test=bulk-bar]"));
    }

    [Fact]
    public async Task The_filter_narrows_the_cases_by_amount_and_reads_the_day_as_the_reader_writes_it()
    {
        var ana = await _server.ClientFor("ana");
        var large = (await ana.NewCase($"Grande {Guid.NewGuid():N}", amountDue: 88_888_888m)).Id();
        var small = (await ana.NewCase($"Pequeno {Guid.NewGuid():N}", amountDue: 10m)).Id();
        using var culture = new UiCulture("pt-BR");
        var page = RenderFor("ana", "Agent");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"[data-key='{small}']")), Loaded);
        Assert.Equal("dd/mm/yyyy", page.Find("[data-test=contacted-before]").GetAttribute("placeholder"));

        await page.InvokeAsync(() => page.Find("[data-test=contacted-before]").Change("31/13/2099"));
        Assert.Equal("true", page.Find("[data-test=contacted-before]").GetAttribute("aria-invalid"));
        await page.InvokeAsync(() => page.Find("[data-test=min-amount]").Change("88888000"));
        await page.InvokeAsync(() => page.Find("[data-test=contacted-before]").Change("31/12/2099"));
        await page.InvokeAsync(() => page.Find("[data-test=portfolio-filter]").Submit());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll($"[data-key='{small}']")), Loaded);
        Assert.NotEmpty(page.FindAll($"[data-key='{large}']"));
        Assert.Null(page.Find("[data-test=contacted-before]").GetAttribute("aria-invalid"));
        Assert.Equal("31/12/2099", page.Find("[data-test=contacted-before]").GetAttribute("value"));
    }

    private static long FirstCase(IRenderedComponent<PortfolioPage> page) =>
        long.Parse(page.Find("tbody [data-key]").GetAttribute("data-key")!, System.Globalization.CultureInfo.InvariantCulture);

    private IRenderedComponent<PortfolioPage> RenderFor(string user, string role)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(user);
        auth.SetRoles(role);
        return Render<PortfolioPage>();
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<PortfolioPage> page, long id) =>
        page.FindAll("tr").Single(tr => tr.QuerySelector($"[data-key='{id}']") is not null);

    // Currency formats put a no-break space between symbol and number; a reader sees a space.
    private static string AmountOf(IRenderedComponent<PortfolioPage> page, long id) =>
        Row(page, id).QuerySelector("[data-test=amount-due]")!.TextContent.Replace('\u00A0', ' ').Trim();
}
