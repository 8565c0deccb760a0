using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Auth;

/// <summary>After signing in the browser goes back only to a path on this site.</summary>
public sealed class LoginReturnTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/a\\..\\\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task A_return_address_off_the_site_signs_in_and_goes_home(string returnUrl)
    {
        var response = await SignIn(returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_local_return_address_is_followed()
    {
        var response = await SignIn("/queues?page=2");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/queues?page=2", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_login_page_does_not_carry_a_foreign_return_address_into_its_form()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        var page = await client.GetStringAsync(new Uri("/login?returnUrl=%2F%09%2Fevil.example", UriKind.Relative));

        Assert.DoesNotContain("evil.example", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_sends_a_return_address_with_a_tab_home_too()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

        var response = await client.GetAsync(new Uri("/culture?c=es&r=%2F%09%2Fevil.example", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    private async Task<HttpResponseMessage> SignIn(string returnUrl)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        return await client.SignInByFormAsync("ana", "opsboard", returnUrl);
    }
}
