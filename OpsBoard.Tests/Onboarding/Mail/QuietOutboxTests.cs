using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsBoard.Tests.Files;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Onboarding.Mail;

public sealed class QuietOutboxTests
{
    [Fact]
    public async Task Without_an_smtp_server_mail_waits_quietly_and_the_start_says_once_how_much_waits()
    {
        var folder = Path.Combine(Path.GetTempPath(), "opsboard-tests", Guid.NewGuid().ToString("N"));
        var first = new NoSmtpServer(folder, keepFiles: true);
        await ((IAsyncLifetime)first).InitializeAsync();
        var ana = await first.ClientFor("ana");
        await ana.Notified("Padaria sem correio");
        await ((IAsyncLifetime)first).DisposeAsync();

        var second = new NoSmtpServer(folder, keepFiles: false);
        await ((IAsyncLifetime)second).InitializeAsync();
        var admin = await second.ClientFor("admin");
        var outbox = (await admin.GetJson("/api/v1/admin/mail")).AsArray();
        var forAgent = await (await second.ClientFor("ana")).GetAsync("/api/v1/admin/mail");
        var page = await CookieSignIn.Get(second.BaseAddress, await CookieSignIn.SignIn(second.BaseAddress, "admin"), "/admin/mail");
        var pageForAgent = await CookieSignIn.Get(second.BaseAddress, await CookieSignIn.SignIn(second.BaseAddress, "ana"), "/admin/mail");
        var lines = first.Logs.Lines.Concat(second.Logs.Lines).Where(l => l.Category.StartsWith("OpsBoard", StringComparison.Ordinal)).ToList();
        await ((IAsyncLifetime)second).DisposeAsync();

        Assert.Equal(4, outbox.Count);
        Assert.All(outbox, m =>
        {
            Assert.Equal("waiting", (string?)m!["state"]);
            Assert.Equal(0, (int)m["attempts"]!);
            Assert.Null(m["lastError"]);
        });
        Assert.Equal(HttpStatusCode.Forbidden, forAgent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("data-test=\"no-smtp\"", page.Body, StringComparison.Ordinal);
        Assert.Equal(4, page.Body.Split("data-state=\"waiting\"").Length - 1);
        Assert.Contains("operations@opsboard.local", page.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, pageForAgent.Status);
        Assert.Contains("/access-denied", pageForAgent.Location, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Level >= LogLevel.Warning);
        Assert.DoesNotContain(lines, l => l.Message.Contains("not sent", StringComparison.Ordinal));
        Assert.Single(first.Logs.Lines, l => l.Message == "Mail: no SMTP server configured; 0 messages wait in the outbox");
        Assert.Single(second.Logs.Lines, l => l.Message == "Mail: no SMTP server configured; 4 messages wait in the outbox");
    }

    private sealed class NoSmtpServer : OpsBoardServer
    {
        public NoSmtpServer(string directory, bool keepFiles)
            : base(directory, 0) => KeepFiles = keepFiles;

        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OpsBoard:Mail:Host", "");
            builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(Logs));
        }
    }
}
