using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Data;

namespace OpsBoard.Tests.Support;

/// <summary>The real app on Kestrel, on a free loopback port, over its own SQLite file.</summary>
public class OpsBoardServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _directory;
    private readonly Dictionary<string, string> _tokens = [];

    public OpsBoardServer()
        : this(Path.Combine(Path.GetTempPath(), "opsboard-tests", Guid.NewGuid().ToString("N")), 0)
    {
    }

    /// <summary>A server on a given port over a given folder, so a test can stop it and start another in its place.</summary>
    protected OpsBoardServer(string directory, int port)
    {
        _directory = directory;
        Directory.CreateDirectory(_directory);
        UseKestrel(o => o.Listen(IPAddress.Loopback, port));
    }

    /// <summary>Leave the database and keys behind on dispose, for the server that takes this one's place.</summary>
    protected bool KeepFiles { get; init; }

    public string DatabasePath => Path.Combine(_directory, "opsboard.db");

    /// <summary>How many demo items to seed besides the demo users.</summary>
    protected virtual int DemoItems => 0;

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        UseDatabase(builder);
        builder.UseSetting("OpsBoard:SeedDemo", "true");
        builder.UseSetting("OpsBoard:DemoItems", DemoItems.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The desk's contact rules and credit policy read the wall clock and the amounts; tests that want them turn them on.
        builder.UseSetting("OpsBoard:Collections:Compliance:Enabled", "false");
        builder.UseSetting("OpsBoard:Collections:Agreements:Enabled", "false");
    }

    /// <summary>The folder this server keeps its files in.</summary>
    protected string Folder => _directory;

    /// <summary>Where the data is kept: the SQLite file here; a subclass may choose another database.</summary>
    protected virtual void UseDatabase(IWebHostBuilder builder) =>
        builder.UseSetting("ConnectionStrings:OpsBoard", $"Data Source={DatabasePath}");

    public Task InitializeAsync()
    {
        StartServer();
        return Task.CompletedTask;
    }

    public async Task<HttpClient> ClientFor(string user)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenFor(user));
        return client;
    }

    /// <summary>
    /// A client signed in afresh, never from the token cache: on a server whose clock the test moves, a token
    /// taken before the clock moved may have expired on it.
    /// </summary>
    public async Task<HttpClient> SignedInNow(string user, string? language = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = user, password = "opsboard" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body!.AccessToken);
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }
        return client;
    }

    public async Task<string> TokenFor(string user)
    {
        if (!_tokens.TryGetValue(user, out var token))
        {
            using var anonymous = new HttpClient { BaseAddress = BaseAddress };
            var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { username = user, password = "opsboard" });
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<TokenBody>();
            _tokens[user] = token = body!.AccessToken;
        }
        return token;
    }

    /// <summary>Runs a query straight against the database file, as a second pair of eyes.</summary>
    public virtual async Task<long> Scalar(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Reads the query until it gives the expected value or the patience runs out; returns the last value read.</summary>
    public Task<long> Eventually(string sql, long expected) => Support.Eventually.Value(() => Scalar(sql), v => v == expected);

    public T WithDb<T>(Func<OpsBoardDbContext, T> read)
    {
        using var scope = Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (KeepFiles)
        {
            return;
        }
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing request; the temp folder is cleaned by the OS.
        }
    }

    private sealed record TokenBody(string AccessToken, int ExpiresIn);
}

/// <summary>A server with the demo data, for tests that need a lived-in board.</summary>
public sealed class DemoServer : OpsBoardServer
{
    protected override int DemoItems => 200;
}
