using Microsoft.AspNetCore.Hosting;
using OpsBoard.Tests.Onboarding;

namespace OpsBoard.Tests.Files;

/// <summary>The app with its own files folder and a small size limit, so a file just over it is quick to send.</summary>
public sealed class ItemFilesServer : OnboardingServer
{
    public const int MaxBytes = 64 * 1024;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpsBoard:Files:MaxFileBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
