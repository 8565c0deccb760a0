using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Auth;

/// <summary>The app on a clock the test moves, so a lockout can be sat out without waiting.</summary>
public class SignInServer : OpsBoardServer
{
    public SignInServer()
    {
        Clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    }

    /// <summary>A server over a given folder and clock, so a test can stop it and start another in its place.</summary>
    protected SignInServer(string directory, TestClock clock, bool keepFiles)
        : base(directory, 0)
    {
        Clock = clock;
        KeepFiles = keepFiles;
    }

    public TestClock Clock { get; }

    /// <summary>Sign-in posts one address may make a minute; high enough here not to get in the lockout's way.</summary>
    protected virtual int PerAddressPerMinute => 1000;

    public async Task<HttpResponseMessage> AskToken(string user, string password, params (string Name, string Value)[] headers)
    {
        using var anonymous = new HttpClient { BaseAddress = BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token") { Content = JsonContent.Create(new { username = user, password }) };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }
        var response = await anonymous.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    public Task<long> Rows(string kind, string subject) =>
        Scalar($"SELECT COUNT(*) FROM AuditLog WHERE Kind = '{kind}' AND Subject = '{subject}'");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpsBoard:SignIn:PerAddressPerMinute", PerAddressPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>One of the servers that take turns over one folder and one clock.</summary>
public sealed class RestartableServer(string directory, TestClock clock, bool keepFiles) : SignInServer(directory, clock, keepFiles);

/// <summary>The same app with a throttle a test can reach in a few posts.</summary>
public sealed class ThrottledServer : SignInServer
{
    protected override int PerAddressPerMinute => 3;
}
