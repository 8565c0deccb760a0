using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Errors;

public sealed class ErrorPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_agent_opening_the_reports_page_sees_the_access_denied_page_with_a_way_back()
    {
        var page = await browser.SignedInPage("ana");

        var response = await page.GotoAsync("/reports");

        Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
        Assert.Contains("/access-denied", page.Url, StringComparison.Ordinal);
        Assert.Contains("Not allowed", await page.InnerTextAsync("[data-test=access-denied]"), StringComparison.Ordinal);
        Assert.Equal("/queues", await page.GetAttributeAsync("[data-test=back-to-queues]", "href"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_unknown_address_shows_the_not_found_page_in_the_readers_portuguese()
    {
        var page = await browser.SignedInPage("ana");

        var response = await page.GotoAsync("/culture?c=pt-BR&r=/nada/por/aqui");

        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        Assert.EndsWith("/nada/por/aqui", page.Url, StringComparison.Ordinal);
        var panel = await page.InnerTextAsync("[data-test=not-found]");
        Assert.Contains("Página não encontrada", panel, StringComparison.Ordinal);
        Assert.Contains("Voltar às filas", panel, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_item_that_does_not_exist_shows_the_item_not_found_page_with_a_way_back()
    {
        var page = await browser.SignedInPage("ana");

        await page.GotoAsync("/items/99999");

        var panel = await page.WaitForSelectorAsync("[data-test=item-not-found]");
        Assert.Contains("Item not found", await panel!.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("#99999", await panel.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("No items", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ClickAsync("[data-test=back-to-queues]");
        await page.WaitForURLAsync(url => url.EndsWith("/queues", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_unknown_API_address_still_answers_problem_json_404()
    {
        var api = await browser.Server.ClientFor("ana");

        var response = await api.GetAsync(new Uri("/api/v1/nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_error_page_answers_500_in_the_readers_language_with_a_way_back()
    {
        using var client = new HttpClient { BaseAddress = browser.Server.BaseAddress };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await client.GetAsync(new Uri("/error", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Algo salió mal", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/queues\"", html, StringComparison.Ordinal);
    }
}
