using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Files;

/// <summary>A browser's way in: the login form's cookie, sent by hand so the test sees every redirect.</summary>
internal static class CookieSignIn
{
    public static async Task<string> SignIn(Uri server, string user)
    {
        using var browser = new Auth.FormSession(server);
        var response = await browser.Post("/auth/login", LoginForm.Fields(await browser.TokenFrom("/login"), user, "opsboard", "/"));
        var set = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("opsboard.auth=", StringComparison.Ordinal));
        return set.Split(';')[0];
    }

    public static async Task<(HttpStatusCode Status, string? Location, string Body)> Get(Uri server, string cookie, string url)
    {
        using var client = Client(server);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Headers.Location?.ToString(), await response.Content.ReadAsStringAsync());
    }

    private static HttpClient Client(Uri server) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = server };
}
