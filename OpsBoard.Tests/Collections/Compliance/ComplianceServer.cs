using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Collections.Compliance;

/// <summary>
/// The app with the contact rules (08:00–20:00, Monday to Saturday, 3 calls a day) and two policy bands on, on a clock
/// the test moves: Wednesday 2 December 2026, 21:30 in São Paulo, after the window closed.
/// </summary>
public sealed class ComplianceServer : OpsBoardServer
{
    public static readonly DateTimeOffset Start = new(2026, 12, 2, 21, 30, 0, TimeSpan.FromHours(-3));

    public TestClock Clock { get; } = new(Start);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpsBoard:Collections:Compliance:Enabled", "true");
        builder.UseSetting("OpsBoard:Collections:Compliance:CallsFrom", "08:00");
        builder.UseSetting("OpsBoard:Collections:Compliance:CallsUntil", "20:00");
        string[] days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
        for (var n = 0; n < days.Length; n++)
        {
            builder.UseSetting($"OpsBoard:Collections:Compliance:CallDays:{n}", days[n]);
        }
        builder.UseSetting("OpsBoard:Collections:Compliance:MaxAttemptsPerDay", "3");
        builder.UseSetting("OpsBoard:Collections:Agreements:Enabled", "true");
        builder.UseSetting("OpsBoard:Collections:Agreements:Bands:0:UpTo", "2000");
        builder.UseSetting("OpsBoard:Collections:Agreements:Bands:0:MaxInstallments", "3");
        builder.UseSetting("OpsBoard:Collections:Agreements:Bands:0:MinDownPaymentPercent", "20");
        builder.UseSetting("OpsBoard:Collections:Agreements:Bands:1:UpTo", "10000");
        builder.UseSetting("OpsBoard:Collections:Agreements:Bands:1:MaxInstallments", "6");
        builder.UseSetting("OpsBoard:Collections:Agreements:Bands:1:MinDownPaymentPercent", "10");
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>
    /// Moves the clock on to the next moment with the weekday and São Paulo time of <paramref name="target"/> (never back,
    /// so the desk's day only rolls forward), and returns that moment.
    /// </summary>
    public DateTimeOffset MoveTo(DateTimeOffset target)
    {
        while (target <= Clock.GetUtcNow())
        {
            target = target.AddDays(7);
        }
        Clock.Advance(target - Clock.GetUtcNow());
        return target;
    }
}
