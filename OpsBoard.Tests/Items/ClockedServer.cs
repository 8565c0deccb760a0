using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Items;

/// <summary>The app on a clock the test moves, so that items can fall overdue between two requests.</summary>
public sealed class ClockedServer : OpsBoardServer
{
    /// <summary>Wednesday 18 November 2026, 10:00 in São Paulo: a business day with hours on both sides.</summary>
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.FromHours(-3)));

    /// <summary>A client signed in now: tokens expire on the moved clock, so each step signs in afresh.</summary>
    public Task<HttpClient> SignedIn(string user) => SignedInNow(user);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}
