using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using OpsBoard.Components.Kit;

namespace OpsBoard.Tests.Components.Kit;

public sealed class CultureEndpointTests : IAsyncLifetime
{
    private WebApplication? app;
    private HttpClient client = default!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddUiKit();
        app = builder.Build();
        app.UseUiLocalization();
        await app.StartAsync();
        client = app.GetTestServer().CreateClient();
    }

    [Fact]
    public async Task Choosing_a_language_sets_the_culture_cookie_and_goes_back()
    {
        using var response = await client.GetAsync(new Uri("/culture?c=pt-BR&r=/queues?page=2", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/queues?page=2", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Culture=c%3Dpt-BR%7Cuic%3Dpt-BR", cookie, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("")]
    public async Task A_return_address_off_the_site_goes_home_instead(string returnUrl)
    {
        using var response = await client.GetAsync(new Uri($"/culture?c=es&r={Uri.EscapeDataString(returnUrl)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unsupported_language_sets_no_cookie()
    {
        using var response = await client.GetAsync(new Uri("/culture?c=fr&r=/queues", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
