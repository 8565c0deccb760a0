using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents.DailyMail;

/// <summary>
/// A node that mails the daily report at 18:00 São Paulo time to two recipients through the test's
/// SMTP port; two of them over the same folder are two nodes, or one restarted, on one database.
/// </summary>
public sealed class DailyMailServer : OpsBoardServer
{
    private readonly TestClock _clock;
    private readonly int _smtpPort;
    private readonly TimeSpan _mailPoll;

    public DailyMailServer(string directory, TestClock clock, int smtpPort, TimeSpan? mailPoll = null)
        : base(directory, 0)
    {
        _clock = clock;
        _smtpPort = smtpPort;
        _mailPoll = mailPoll ?? TimeSpan.FromMilliseconds(200);
        KeepFiles = true;
    }

    public static string[] Recipients { get; } = ["gerencia@example.com", "diretoria@example.com"];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpsBoard:Mail:Host", "127.0.0.1");
        builder.UseSetting("OpsBoard:Mail:Port", _smtpPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("OpsBoard:Mail:PollInterval", _mailPoll.ToString("c", CultureInfo.InvariantCulture));
        builder.UseSetting("OpsBoard:Reports:DailyMail:Enabled", "true");
        builder.UseSetting("OpsBoard:Reports:DailyMail:Recipients:0", Recipients[0]);
        builder.UseSetting("OpsBoard:Reports:DailyMail:Recipients:1", Recipients[1]);
        builder.UseSetting("OpsBoard:Reports:DailyMail:At", "18:00");
        builder.UseSetting("OpsBoard:Reports:DailyMail:Culture", "en");
        builder.UseSetting("OpsBoard:Reports:DailyMail:PollInterval", "00:00:00.100");
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock));
    }
}
