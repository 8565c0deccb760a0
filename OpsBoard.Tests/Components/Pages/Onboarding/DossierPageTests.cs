using Microsoft.Playwright;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Onboarding;

public sealed class DossierPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly PageWaitForSelectorOptions Visible = new() { Timeout = 10000 };

    [Fact]
    public async Task An_area_responder_signs_their_line_from_the_dossier_page_and_another_open_page_sees_it_live()
    {
        var ana = await browser.Server.ClientFor("ana");
        var dossier = await ana.Notified("Mercado Boa Vista");
        var otto = await browser.SignedInPage("otto");
        await otto.GotoAsync($"/onboarding/{dossier.Id()}");
        await BrowserFixture.WaitForCircuit(otto);
        var clara = await browser.SignedInPage("clara");
        await clara.GotoAsync($"/onboarding/{dossier.Id()}");
        await BrowserFixture.WaitForCircuit(clara);

        Assert.Equal(0, await clara.Locator("[data-area=operations] [data-test=sign]").CountAsync());
        await clara.FillAsync("[data-area=customerService] [data-test=sign-comment]", "Welcome mail sent");
        await clara.ClickAsync("[data-area=customerService] [data-test=sign]");
        await clara.WaitForSelectorAsync("[data-area=customerService] [data-test=signed-by]", Visible);

        await otto.WaitForSelectorAsync("[data-area=customerService] [data-test=signed-by]", Visible);
        Assert.Equal("clara", await otto.InnerTextAsync("[data-area=customerService] [data-test=signed-by]"));
        Assert.Contains("Welcome mail sent", await otto.InnerTextAsync("[data-area=customerService]"), StringComparison.Ordinal);
        Assert.Equal(1, await otto.Locator("[data-area=operations] [data-test=sign]").CountAsync());
        var history = (await ana.GetJson($"/api/v1/items/{dossier.Id()}/history")).AsArray();
        Assert.Equal(("SignOff", "clara"), ((string?)history[^1]!["trigger"], (string?)history[^1]!["actor"]));
        await otto.Context.CloseAsync();
        await clara.Context.CloseAsync();
    }

    [Fact]
    public async Task A_dossier_verified_while_the_onboarding_page_is_open_appears_under_the_readers_area_without_reload()
    {
        var sofia = await browser.SignedInPage("sofia");
        await sofia.GotoAsync("/onboarding");
        await BrowserFixture.WaitForCircuit(sofia);

        var dossier = await (await browser.Server.ClientFor("ana")).Notified("Farmácia Central");

        await sofia.WaitForSelectorAsync($"[data-test=awaiting] a[href='/onboarding/{dossier.Id()}']", Visible);
        Assert.Contains("Farmácia Central", await sofia.InnerTextAsync("[data-test=notifications]"), StringComparison.Ordinal);
        await sofia.Context.CloseAsync();
    }

    [Fact]
    public async Task The_dossier_page_downloads_the_control_sheet_as_a_PDF()
    {
        var dossier = await (await browser.Server.ClientFor("ana")).Notified("Padaria Três Irmãos");
        var otto = await browser.SignedInPage("otto");
        await otto.GotoAsync($"/onboarding/{dossier.Id()}");
        await BrowserFixture.WaitForCircuit(otto);

        // Text as written, not as styled: buttons are shown in capitals.
        Assert.Equal("Control sheet (PDF)", (await otto.TextContentAsync("[data-test=control-sheet-pdf]"))?.Trim());
        var download = await otto.RunAndWaitForDownloadAsync(() => otto.ClickAsync("[data-test=control-sheet-pdf]"));
        var file = Path.Combine(Path.GetTempPath(), $"opsboard-sheet-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        var pdf = await File.ReadAllBytesAsync(file);
        File.Delete(file);

        Assert.Equal($"control-sheet-{dossier.Id()}.pdf", download.SuggestedFilename);
        Assert.Contains("Control sheet — Padaria Três Irmãos", await Documents.PdfTools.Text(pdf), StringComparison.Ordinal);
        await otto.Context.CloseAsync();
    }

    [Fact]
    public async Task A_change_asked_on_the_page_waits_until_Operations_approves_it_from_its_own_open_page()
    {
        var dossier = await browser.Server.Active("Café Aurora");
        var ana = await browser.Server.ClientFor("ana");
        var otto = await browser.SignedInPage("otto");
        await otto.GotoAsync($"/onboarding/{dossier.Id()}");
        await BrowserFixture.WaitForCircuit(otto);
        var maker = await browser.SignedInPage("ana");
        await maker.GotoAsync($"/onboarding/{dossier.Id()}");
        await BrowserFixture.WaitForCircuit(maker);

        await maker.FillAsync("[data-test=change-serviceFrequency]", "Twice a week");
        await maker.FillAsync("[data-test=change-why]", "Client asked on the phone");
        await maker.ClickAsync("[data-test=request-change]");
        await otto.WaitForSelectorAsync("[data-test=approve-change]", Visible);
        var desk = await browser.SignedInPage("otto");
        await desk.GotoAsync("/onboarding");
        await desk.WaitForSelectorAsync($"[data-test=awaiting] a[href='/onboarding/{dossier.Id()}']", Visible);
        await desk.Context.CloseAsync();
        var waiting = await ana.GetJson($"/api/v1/items/{dossier.Id()}");
        Assert.Equal(0, await maker.Locator("[data-test=approve-change]").CountAsync());
        await otto.ClickAsync("[data-test=approve-change]");
        await maker.WaitForSelectorAsync("[data-test=request-change]", Visible);

        Assert.Equal("Daily", (string?)waiting["fields"]!["serviceFrequency"]);
        Assert.Equal("Twice a week", (string?)(await ana.GetJson($"/api/v1/items/{dossier.Id()}"))["fields"]!["serviceFrequency"]);
        await otto.Context.CloseAsync();
        await maker.Context.CloseAsync();
    }
}
