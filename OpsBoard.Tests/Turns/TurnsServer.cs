using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Documents;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Turns;

/// <summary>History written on instants the test picks, read on a clock it moves; Friday 20 November 2026 is a holiday.</summary>
public sealed class TurnsServer : ReportServer
{
    public static readonly TimeSpan Brt = TimeSpan.FromHours(-3);

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 11, 0, 0, Brt));

    public static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, Brt);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpsBoard:Calendar:Holidays:0", "2026-11-20");
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}
