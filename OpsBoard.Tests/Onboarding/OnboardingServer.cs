using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Onboarding;

/// <summary>The app with its own files folder and an SMTP port of its own, where the test decides whether a server listens.</summary>
public class OnboardingServer : OpsBoardServer
{
    public string FilesPath { get; } = Path.Combine(Path.GetTempPath(), "opsboard-tests", "files-" + Guid.NewGuid().ToString("N"));

    public int SmtpPort { get; } = FreePort();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpsBoard:Onboarding:FilesPath", FilesPath);
        builder.UseSetting("OpsBoard:Onboarding:PublicUrl", "https://opsboard.example");
        builder.UseSetting("OpsBoard:Mail:Host", "127.0.0.1");
        builder.UseSetting("OpsBoard:Mail:Port", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("OpsBoard:Mail:PollInterval", "00:00:00.200");
        builder.UseSetting("OpsBoard:Mail:FirstRetryDelay", "00:00:00.200");
        builder.UseSetting("OpsBoard:Mail:MaxRetryDelay", "00:00:01");
        builder.UseSetting("OpsBoard:Mail:SendTimeout", "00:00:05");
    }

    /// <summary>A port nothing listens on right now: bound, read, and let go.</summary>
    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}

/// <summary>The same, over the demo data.</summary>
public sealed class OnboardingDemoServer : OnboardingServer
{
    protected override int DemoItems => 200;
}
