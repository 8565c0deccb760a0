using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace OpsBoard.Tests.Support;

/// <summary>
/// The deployment shape: two app nodes as processes of their own on one PostgreSQL database, sharing keys and
/// files, behind nginx with the repo's config. Clients pick their node with the affinity cookie nginx hashes.
/// </summary>
public class ProxiedCluster : IAsyncLifetime
{
    /// <summary>
    /// The deployment test classes run one after another, and after the rest of the suite: each starts two nodes and
    /// nginx of its own, and beside the browser tests that load would starve a small machine.
    /// </summary>
    public const string Collection = "Deployment";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "opsboard-cluster-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly Dictionary<string, string> _affinity = [];
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new();

    public string Database { get; } = PostgresCluster.NewDatabase();

    public AppProcess A { get; private set; } = null!;

    public AppProcess B { get; private set; } = null!;

    public NginxProcess Proxy { get; private set; } = null!;

    /// <summary>Settings both nodes start with, as <c>--Key=value</c> arguments.</summary>
    protected virtual IEnumerable<string> NodeSettings => [];

    public async Task InitializeAsync()
    {
        foreach (var sub in new[] { "a", "b", "shared" })
        {
            Directory.CreateDirectory(Path.Combine(_folder, sub));
        }
        var shared = Path.Combine(_folder, "shared");
        // The first node makes the schema and the demo team; the second finds them there.
        A = await AppProcess.StartNodeAsync(Path.Combine(_folder, "a"), Database, shared, "a", seed: true, NodeSettings);
        B = await AppProcess.StartNodeAsync(Path.Combine(_folder, "b"), Database, shared, "b", seed: false, NodeSettings);
        Proxy = await NginxProcess.StartAsync(A.BaseAddress, B.BaseAddress);
        using var probe = new HttpClient { BaseAddress = Proxy.BaseAddress };
        for (var i = 0; _affinity.Count < 2 && i < 200; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/login");
            request.Headers.Add("Cookie", $"opsboard_node=probe{i}");
            using var response = await probe.SendAsync(request);
            _affinity.TryAdd(response.Headers.GetValues("X-OpsBoard-Node").Single(), $"probe{i}");
        }
    }

    /// <summary>The affinity cookie value nginx sends to the named node ("a" or "b").</summary>
    public string AffinityFor(string node) => _affinity[node];

    /// <summary>
    /// An API client through nginx, signed in as the user, sticking to the named node. Each user signs in once, on
    /// node A, and the token serves on both (shared keys); a hundred sign-ins would meet the sign-in throttle.
    /// </summary>
    public async Task<HttpClient> ClientFor(string user, string node)
    {
        var token = await _tokens.GetOrAdd(user, u => new Lazy<Task<string>>(() => SignIn(u))).Value;
        var client = new HttpClient { BaseAddress = Proxy.BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", $"opsboard_node={AffinityFor(node)}");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A Chromium page through nginx, signed in as the user, on the queue page whose circuit lives on the named node.</summary>
    public async Task<IPage> QueuePageOn(IBrowser browser, string node, string user)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Proxy.BaseAddress.ToString(), Locale = "en-US" });
        await context.AddCookiesAsync([new Cookie { Name = "opsboard_node", Value = AffinityFor(node), Url = Proxy.BaseAddress.ToString() }]);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", "opsboard");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        var opened = await page.GotoAsync("/queues/claims");
        Assert.Equal(node, await opened!.HeaderValueAsync("X-OpsBoard-Node"));
        await BrowserFixture.WaitForCircuit(page);
        return page;
    }

    private async Task<string> SignIn(string user)
    {
        using var client = new HttpClient { BaseAddress = Proxy.BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", $"opsboard_node={AffinityFor("a")}");
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = user, password = "opsboard" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
    }

    public Task DisposeAsync()
    {
        Proxy?.Dispose();
        B?.Dispose();
        A?.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>The deployment tests' collection: never run in parallel with other tests.</summary>
[CollectionDefinition(ProxiedCluster.Collection, DisableParallelization = true)]
public sealed class DeploymentCollection
{
}
