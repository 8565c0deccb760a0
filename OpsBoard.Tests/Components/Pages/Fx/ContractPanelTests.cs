using Bunit;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Components.Pages.Fx;
using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Tests.Documents.Contracts;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Fx;

/// <summary>The contract panel of an operation's page, over the real app's services and database.</summary>
public sealed class ContractPanelTests : MudComponentTest, IClassFixture<OpsBoardServer>
{
    private static readonly TimeSpan Loaded = TimeSpan.FromSeconds(10);
    private readonly OpsBoardServer _server;

    public ContractPanelTests(OpsBoardServer server)
    {
        _server = server;
        Services.AddFallbackServiceProvider(server.Services);
    }

    [Fact]
    public async Task The_panel_links_the_contract_and_signs_with_an_attached_PDF_but_never_offers_a_text_file()
    {
        using var culture = new UiCulture("en");
        var ana = await _server.ClientFor("ana");
        var (id, _) = await ContractRulesApiTests.AtBroker(ana, 250_000m, "USD");
        await ana.Upload($"/api/v1/items/{id}/files", "file", "notas do cliente"u8.ToArray(), "notas.txt");
        await ana.AttachSignedCopy(id);
        var signed = false;
        var panel = Render<ContractPanel>(p => p.Add(c => c.Item, Load(id)).Add(c => c.Actor, Actor.Of("ana", Roles.Agent))
            .Add(c => c.OnSigned, () => signed = true));

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-sign-with]")), Loaded);
        Assert.Equal($"/api/v1/items/{id}/contract.pdf", panel.Find("[data-test=contract-pdf]").GetAttribute("href"));
        Assert.Contains("Waiting for the client's signature", panel.Find("[data-test=contract-signed]").TextContent, StringComparison.Ordinal);
        panel.Find("[data-sign-with]").Click();

        panel.WaitForAssertion(() => Assert.True(signed), Loaded);
        Assert.True(Load(id).Fields["contractSigned"] is true);
    }

    [Fact]
    public async Task A_small_operation_has_no_contract_panel()
    {
        var ana = await _server.ClientFor("ana");
        var (id, _) = await ContractRulesApiTests.AtBroker(ana, 2_500m, "USD");

        var panel = Render<ContractPanel>(p => p.Add(c => c.Item, Load(id)).Add(c => c.Actor, Actor.Of("ana", Roles.Agent)));

        Assert.Empty(panel.FindAll("[data-test=contract-panel]"));
    }

    private OpsBoard.Domain.Items.WorkItem Load(long id) => _server.WithDb(db => db.Items.AsNoTracking().Single(i => i.Id == id));
}
