using System.Net;
using System.Text.RegularExpressions;

namespace OpsBoard.Tests.Support;

/// <summary>The login form as a browser fills it in: the page's antiforgery token beside the user's fields.</summary>
public static partial class LoginForm
{
    /// <summary>The token a page's forms carry.</summary>
    public static string TokenIn(string html)
    {
        var match = TokenInput().Match(html);
        Assert.True(match.Success, "The page carries no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static Dictionary<string, string> Fields(string token, string user, string password, string returnUrl = "/queues") => new()
    {
        ["__RequestVerificationToken"] = token,
        ["username"] = user,
        ["password"] = password,
        ["returnUrl"] = returnUrl,
    };

    /// <summary>Opens the login page and posts its form; the client must keep cookies, as a browser does.</summary>
    public static async Task<HttpResponseMessage> SignInByFormAsync(this HttpClient browser, string user, string password, string returnUrl = "/queues")
    {
        var token = TokenIn(await browser.GetStringAsync(new Uri("/login", UriKind.Relative)));
        using var form = new FormUrlEncodedContent(Fields(token, user, password, returnUrl));
        return await browser.PostAsync(new Uri("/auth/login", UriKind.Relative), form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
