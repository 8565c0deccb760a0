using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Sla;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents;

/// <summary>The whole app, onboarding files included, on a clock the test moves: every request sees its "now".</summary>
public sealed class ClockedDocumentServer : OnboardingServer
{
    /// <summary>Wednesday 18 November 2026, 18:00 in São Paulo.</summary>
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 18, 18, 0, 0, TimeSpan.FromHours(-3)));

    /// <summary>The business day the clock stands in, in the team's time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Services.GetRequiredService<BusinessCalendar>().Zone).DateTime);

    /// <summary>
    /// A client signed in now. Tokens expire on the moved clock, so each step signs in afresh
    /// instead of reusing a token taken a day earlier.
    /// </summary>
    public Task<HttpClient> SignedIn(string user, string language = "pt-BR") => SignedInNow(user, language);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}
