using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsBoard.Onboarding.Mail;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Onboarding.Mail;

/// <summary>A server whose mail server is down, and whose retries wait an hour unless an Admin asks for one now.</summary>
public sealed class SlowRetryServer : OnboardingServer
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpsBoard:Mail:FirstRetryDelay", "01:00:00");
        builder.UseSetting("OpsBoard:Mail:MaxRetryDelay", "01:00:00");
        builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(Logs));
    }
}

public sealed class MailOutboxApiTests(SlowRetryServer server) : IClassFixture<SlowRetryServer>
{
    [Fact]
    public async Task A_failed_mail_shows_the_server_s_answer_is_logged_once_and_goes_out_when_an_admin_retries_it()
    {
        var admin = await server.ClientFor("admin");
        var dossier = await (await server.ClientFor("ana")).Notified("Oficina do retry");
        Assert.Equal(4, await server.Eventually("SELECT COUNT(*) FROM MailOutbox WHERE LastError IS NOT NULL", 4));
        // A pass the sender makes by itself finds nothing due: each mail waits its hour.
        Assert.Equal(0, await server.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None));

        var failed = (await admin.GetJson("/api/v1/admin/mail")).AsArray();
        Assert.All(failed, m =>
        {
            Assert.Equal("failed", (string?)m!["state"]);
            Assert.Equal(1, (int)m["attempts"]!);
            Assert.False(string.IsNullOrEmpty((string?)m["lastError"]));
        });
        Assert.Equal(4, server.Logs.Lines.Count(l => l.Category == typeof(OutboxSender).FullName && l.Level == LogLevel.Warning));

        await using var smtp = new SmtpListener(server.SmtpPort);
        foreach (var mail in failed)
        {
            var retry = await admin.PostAsync($"/api/v1/admin/mail/{(long)mail!["id"]!}/retry", null);
            Assert.Equal(HttpStatusCode.NoContent, retry.StatusCode);
        }
        var received = await smtp.WaitFor(4, TimeSpan.FromSeconds(10));

        Assert.Equal(4, received.Count);
        Assert.All(received, m => Assert.Contains($"/onboarding/{dossier.Id()}", m.Body, StringComparison.Ordinal));
        Assert.Equal(0, await server.Eventually("SELECT COUNT(*) FROM MailOutbox WHERE SentAt IS NULL", 0));
        var sent = (await admin.GetJson("/api/v1/admin/mail")).AsArray();
        Assert.All(sent, m => Assert.Equal(("sent", 2), ((string?)m!["state"], (int)m["attempts"]!)));
        Assert.Equal(4, server.Logs.Lines.Count(l => l.Category == typeof(OutboxSender).FullName && l.Level == LogLevel.Warning));
        var again = await admin.PostAsync($"/api/v1/admin/mail/{(long)sent[0]!["id"]!}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/v1/admin/mail/987654/retry", null)).StatusCode);
    }
}
