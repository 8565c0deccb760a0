using System.Net.Http.Json;
using Bunit;
using OpsBoard.Components.Kit;
using OpsBoard.Components.Pages.Collections;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Collections;

/// <summary>The deposits page rendered by bUnit over the real app's services and database, with deposits registered through the API.</summary>
public sealed class DepositsPageTests : MudComponentTest, IClassFixture<OpsBoardServer>
{
    private static readonly TimeSpan Loaded = TimeSpan.FromSeconds(10);
    private readonly OpsBoardServer _server;

    public DepositsPageTests(OpsBoardServer server)
    {
        _server = server;
        Services.AddFallbackServiceProvider(server.Services);
    }

    [Fact]
    public async Task Only_the_deposit_being_worked_on_carries_the_case_search_and_every_other_one_a_match_button()
    {
        var first = await Register("TED PRIMEIRO");
        var second = await Register("PIX SEGUNDO");
        var page = RenderFor("bruno");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"[data-key='{second}'] [data-test=choose]")), Loaded);
        Assert.Empty(page.FindAll("[data-test=case-search]"));

        await Choose(page, first);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=match-panel]")), Loaded);
        Assert.NotNull(page.Find($"[data-key='{first}'] [data-test=match-panel]"));
        Assert.Empty(page.FindAll($"[data-key='{first}'] [data-test=choose]"));
        Assert.NotEmpty(page.FindAll($"[data-key='{second}'] [data-test=choose]"));

        await Choose(page, second);
        page.WaitForAssertion(() => Assert.NotNull(page.Find($"[data-key='{second}'] [data-test=match-panel]")), Loaded);
        Assert.Single(page.FindAll("[data-test=match-panel]"));

        await page.InvokeAsync(() => page.Find("[data-test=match-close]").Click());
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-test=match-panel]")), Loaded);
    }

    [Fact]
    public async Task Supports_are_asked_of_a_network_picked_in_the_panel_and_the_card_then_says_so_in_portuguese()
    {
        var id = await Register("BOLETO SEM NOME");
        using var culture = new UiCulture("pt-BR");
        var page = RenderFor("bruno");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"[data-key='{id}'] [data-test=choose]")), Loaded);
        await Choose(page, id);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-test=request-support]")), Loaded);

        await page.InvokeAsync(() => page.Find("[data-test=request-support]").Click());
        Assert.Equal("Escolha a rede primeiro.", page.Find("[data-test=support-error]").TextContent.Trim());
        await page.InvokeAsync(() => page.Find("[data-test=support-network]").Change("openpay"));
        await page.InvokeAsync(() => page.Find("[data-test=request-support]").Click());

        page.WaitForAssertion(() => Assert.Contains("Open Pay", page.Find($"[data-key='{id}'] [data-test=support]").TextContent, StringComparison.Ordinal), Loaded);
        Assert.Empty(page.FindAll("[data-test=request-support]"));
    }

    [Fact]
    public async Task Matching_without_a_case_says_to_pick_one_and_leaves_the_deposit_open()
    {
        var id = await Register("DOC SEM CASO");
        var page = RenderFor("bruno");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"[data-key='{id}'] [data-test=choose]")), Loaded);
        await Choose(page, id);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-test=match]")), Loaded);

        await page.InvokeAsync(() => page.Find("[data-test=match]").Click());

        Assert.Equal("Pick the case this deposit belongs to.", page.Find("[data-test=match-error]").TextContent.Trim());
        var open = (await (await _server.ClientFor("bruno")).GetJson("/api/v1/collections/deposits?status=open")).AsArray();
        Assert.Contains(open, d => d!["id"]!.GetValue<long>() == id);
    }

    private Task Choose(IRenderedComponent<DepositsPage> page, long id) =>
        page.InvokeAsync(() => page.Find("[data-test=deposits]").TriggerEventAsync("onrowaction",
            new RowActionEventArgs { Action = "choose", Key = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

    private async Task<long> Register(string reference)
    {
        var response = await (await _server.ClientFor("carla")).PostAsJsonAsync("/api/v1/collections/deposits",
            new { amount = 321m, reference = $"{reference} {Guid.NewGuid():N}"[..30], channel = "PIX" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Json()).Id();
    }

    private IRenderedComponent<DepositsPage> RenderFor(string user)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(user);
        auth.SetRoles("Agent");
        return Render<DepositsPage>();
    }
}
