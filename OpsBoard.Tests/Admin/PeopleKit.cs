using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Admin;

/// <summary>The steps the people and kiosk tests take: add a person as the Admin, sign in with a cookie as a browser would.</summary>
public static class PeopleKit
{
    public const string GoodPassword = "violet-harbour-42";

    /// <summary>A person with a fresh name, added through the Admin API with a known password.</summary>
    public static async Task<string> NewPerson(this OpsBoardServer server, params string[] roles)
    {
        var name = "p" + Guid.NewGuid().ToString("N")[..10];
        var admin = await server.ClientFor("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users",
            new { userName = name, displayName = $"Person {name}", roles = roles.Length == 0 ? ["Agent"] : roles, password = GoodPassword });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return name;
    }

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public static HttpClient Browser(this OpsBoardServer server) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

    public static async Task<HttpClient> CookieFor(this OpsBoardServer server, string user, string password)
    {
        var browser = server.Browser();
        var response = await browser.SignInByFormAsync(user, password);
        Assert.Equal("/queues", PathOf(response));
        return browser;
    }

    /// <summary>Where a redirect goes, without the server's address.</summary>
    public static string PathOf(HttpResponseMessage response) => response.Headers.Location is not { } to ? string.Empty
        : to.IsAbsoluteUri ? to.PathAndQuery : to.OriginalString;

    public static async Task<string?> TokenOrNull(this OpsBoardServer server, string user, string password)
    {
        using var anonymous = new HttpClient { BaseAddress = server.BaseAddress };
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { username = user, password });
        return response.IsSuccessStatusCode ? (string?)(await response.Json())["accessToken"] : null;
    }

    public static HttpClient WithToken(this OpsBoardServer server, string token)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }
}
