using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpsBoard.Components.Live;
using OpsBoard.Components.Pages.Items;
using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Files;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Items;

/// <summary>The item page's files and contacts panels, rendered alone against a running board's database and file store.</summary>
public sealed class ItemPanelsTests : MudComponentTest, IClassFixture<OpsBoardServer>
{
    private static readonly Actor Ana = Actor.Of("ana", Roles.Agent);
    private readonly OpsBoardServer _server;

    public ItemPanelsTests(OpsBoardServer server)
    {
        _server = server;
        Services.AddSingleton(new ScopedRunner(server.Services.GetRequiredService<IServiceScopeFactory>()));
        Services.AddSingleton(server.Services.GetRequiredService<FileStore>());
    }

    [Fact]
    public async Task A_file_attached_elsewhere_is_listed_with_its_download_link()
    {
        using var culture = new UiCulture("en");
        var ana = await _server.ClientFor("ana");
        var claim = await ana.CreateItem("claim", new { client = "Painel" });
        var uploaded = await ana.Upload($"/api/v1/items/{claim.Id()}/files", "file", "%PDF-1.4 comprovante"u8.ToArray(), "comprovante.pdf");
        Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync());
        var listed = (await ana.GetJson($"/api/v1/items/{claim.Id()}/files")).AsArray().Single()!;

        var panel = Render<FilesPanel>(p => p.Add(f => f.ItemId, claim.Id()).Add(f => f.Version, 2).Add(f => f.Actor, Ana));

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-test=file-row]")));
        var link = panel.Find("[data-test=file-download]");
        Assert.Equal("comprovante.pdf", link.TextContent);
        Assert.Equal((string?)listed["download"], link.GetAttribute("href"));
        Assert.Equal("comprovante.pdf", link.GetAttribute("download"));
    }

    [Fact]
    public async Task An_upload_from_the_panel_is_attached_and_a_refused_type_says_why_and_attaches_nothing()
    {
        using var culture = new UiCulture("pt-BR");
        var ana = await _server.ClientFor("ana");
        var claim = await ana.CreateItem("claim", new { client = "Painel" });
        var attached = 0;
        var panel = Render<FilesPanel>(p => p.Add(f => f.ItemId, claim.Id()).Add(f => f.Version, 1).Add(f => f.Actor, Ana)
            .Add(f => f.OnAttached, () => attached++));
        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[data-test=files-empty]")));

        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary("MZ\u0090"u8.ToArray(), "programa.exe"));
        panel.WaitForAssertion(() => Assert.NotEmpty(panel.Find("[data-test=file-error]").TextContent.Trim()));
        var refusedCount = attached;
        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary("%PDF-1.4 nota"u8.ToArray(), "nota.pdf"));
        panel.WaitForAssertion(() => Assert.Equal(1, attached));
        panel.Render(p => p.Add(f => f.Version, 2));

        Assert.Equal(0, refusedCount);
        panel.WaitForAssertion(() => Assert.Equal("nota.pdf", panel.Find("[data-test=file-download]").TextContent));
        Assert.Empty(panel.FindAll("[data-test=file-error]"));
        Assert.Single((await ana.GetJson($"/api/v1/items/{claim.Id()}/files")).AsArray());
    }

    [Fact]
    public async Task A_contact_without_an_outcome_is_refused_in_the_form_and_one_with_it_is_logged_and_listed()
    {
        using var culture = new UiCulture("pt-BR");
        var ana = await _server.ClientFor("ana");
        var claim = await ana.CreateItem("claim", new { client = "Painel" });
        var logged = 0;
        var provider = Render<MudDialogProvider>();
        var panel = Render<ContactsPanel>(p => p.Add(c => c.ItemId, claim.Id()).Add(c => c.ItemType, "claim").Add(c => c.Version, 1)
            .Add(c => c.Actor, Ana).Add(c => c.OnLogged, () => logged++));
        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[data-test=contacts-empty]")));

        panel.Find("[data-test=log-contact]").Click();
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-test=contact-dialog]")));
        provider.Find("[data-test=contact-save]").Click();
        provider.WaitForAssertion(() => Assert.Contains("Diga como o contato terminou", provider.Find("[data-test=contact-error]").TextContent,
            StringComparison.Ordinal));
        Assert.Equal(0, logged);
        provider.Find("#contact-outcome").Input("Cliente vai enviar o comprovante");
        provider.Find("[data-test=contact-save]").Click();
        panel.WaitForAssertion(() => Assert.Equal(1, logged));
        panel.Render(p => p.Add(c => c.Version, 2));

        panel.WaitForAssertion(() => Assert.Contains("Cliente vai enviar o comprovante", panel.Find("[data-test=contact-row]").TextContent,
            StringComparison.Ordinal));
        Assert.Empty(provider.FindAll("[data-test=contact-error]"));
    }
}
