using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Auth;

/// <summary>
/// A browser's part in a form post, done by hand: the cookies it keeps, the antiforgery token it reads off the
/// login page, and every Set-Cookie it is sent, so a test can look at the cookies' attributes.
/// </summary>
public sealed class FormSession(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    private readonly Dictionary<string, string> _cookies = [];

    public List<string> SetCookies { get; } = [];

    public bool Has(string cookie) => _cookies.ContainsKey(cookie);

    /// <summary>Opens a page and returns the antiforgery token its forms carry.</summary>
    public async Task<string> TokenFrom(string page)
    {
        var response = await Send(new HttpRequestMessage(HttpMethod.Get, page));
        return LoginForm.TokenIn(await response.Content.ReadAsStringAsync());
    }

    public Task<HttpResponseMessage> Post(string url, IEnumerable<KeyValuePair<string, string>> fields, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }
        return Send(request);
    }

    public Task<HttpResponseMessage> Get(string url) => Send(new HttpRequestMessage(HttpMethod.Get, url));

    private async Task<HttpResponseMessage> Send(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }
        var response = await _http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies)
            {
                SetCookies.Add(cookie);
                var pair = cookie.Split(';')[0].Split('=', 2);
                if (pair[1].Length == 0 || cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    _cookies.Remove(pair[0]);
                }
                else
                {
                    _cookies[pair[0]] = pair[1];
                }
            }
        }
        return response;
    }

    public void Dispose() => _http.Dispose();
}
