using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using OpsBoard.Documents.DailyMail;
using OpsBoard.Onboarding.Mail;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents.DailyMail;

public sealed class DailyMailTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsboard-tests", "daily-mail-" + Guid.NewGuid().ToString("N"));
    private readonly int _smtpPort = FreePort();

    /// <summary>Friday 20 November 2026, 17:00 in São Paulo: an hour before the mail is due.</summary>
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 20, 17, 0, 0, TimeSpan.FromHours(-3)));

    private SmtpListener _smtp = null!;

    public Task InitializeAsync()
    {
        _smtp = new SmtpListener(_smtpPort);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_daily_report_is_mailed_once_after_the_configured_time_with_its_pdf_and_never_again_that_day()
    {
        await using var node = await Start();
        Assert.Null(await Job(node).RunAsync());
        Assert.Equal(0, await node.Scalar("SELECT COUNT(*) FROM DailyMailClaims"));

        _clock.Advance(TimeSpan.FromMinutes(61));
        var mails = await _smtp.WaitFor(2, Patience);

        Assert.Equal(DailyMailServer.Recipients.Order(), mails.SelectMany(m => m.To).Order());
        var message = Message(mails[0]);
        Assert.Equal("OpsBoard daily report — 11/20/2026", message.Subject);
        Assert.Contains("The daily report for 11/20/2026 is attached", message.TextBody, StringComparison.Ordinal);
        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal("daily-report-2026-11-20.pdf", attachment.FileName);
        using var pdf = new MemoryStream();
        await Assert.IsType<MimeContent>(attachment.Content).DecodeToAsync(pdf);
        var text = await PdfTools.Text(pdf.ToArray());
        Assert.Contains("Daily report — 11/20/2026", text);
        Assert.Contains("Figures as of 11/20/2026 6:01 PM", text);
        Assert.Equal(1, await node.Scalar("SELECT COUNT(*) FROM DailyMailClaims WHERE Day = '2026-11-20'"));
        // The Reports page's card: the day, when it was queued, and once the outbox has sent both, when.
        var last = await LastMail(node);
        Assert.Equal((new DateOnly(2026, 11, 20), new DateTimeOffset(2026, 11, 20, 18, 1, 0, TimeSpan.FromHours(-3))), (last.Day, last.QueuedAt));
        Assert.Equal(last.QueuedAt, last.SentAt);

        // The same node later that day, and a second node on the same database, find the day taken.
        _clock.Advance(TimeSpan.FromHours(3));
        Assert.Null(await Job(node).RunAsync());
        await using (var second = await Start())
        {
            Assert.Null(await Job(second).RunAsync());
        }
        Assert.Equal(2, await node.Scalar("SELECT COUNT(*) FROM MailOutbox"));
        Assert.Equal(1, await node.Scalar("SELECT COUNT(*) FROM DailyMailClaims"));
        Assert.Equal(2, _smtp.Received.Count);
    }

    [Fact]
    public async Task A_node_restarted_past_the_time_catches_up_the_same_day_only_and_a_weekend_gets_nothing()
    {
        // Started on Friday at 19:30: the day's mail is caught up at once.
        _clock.Advance(TimeSpan.FromHours(2.5));
        await using (var first = await Start())
        {
            Assert.Equal(1, await first.Eventually("SELECT COUNT(*) FROM DailyMailClaims WHERE Day = '2026-11-20'", 1));
        }

        // Saturday and Sunday evenings, on a restarted node: no business day, no mail, and Friday's is not sent again.
        _clock.Advance(TimeSpan.FromDays(1));
        await using var node = await Start();
        Assert.Null(await Job(node).RunAsync());
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Null(await Job(node).RunAsync());
        Assert.Equal(1, await node.Scalar("SELECT COUNT(*) FROM DailyMailClaims"));

        // Monday at 18:00 two nodes race for the day: one claim, one mail per recipient.
        _clock.Advance(TimeSpan.FromHours(22.5));
        await using var other = await Start();
        var results = await Task.WhenAll(Job(node).RunAsync(), Job(other).RunAsync());
        Assert.Equal(2, await node.Eventually("SELECT COUNT(*) FROM DailyMailClaims", 2));
        Assert.True(results.Count(r => r is not null) <= 1);
        Assert.Equal(4, (await _smtp.WaitFor(4, Patience)).Count);
        Assert.Equal(2, await node.Scalar("SELECT COUNT(*) FROM MailOutbox WHERE AttachmentName = 'daily-report-2026-11-23.pdf'"));
    }

    [Fact]
    public async Task A_send_cut_short_by_a_stopping_node_still_finishes_the_mail_the_server_has_and_records_it()
    {
        // A node whose sender does not poll on its own during the test: the test runs the passes.
        await using var node = await Start(mailPoll: TimeSpan.FromHours(1));
        _clock.Advance(TimeSpan.FromHours(1.5));
        // The node's scheduler wakes on the clock's advance too and may queue the day first: either way it is queued
        // once, its claim and its mails in one transaction.
        await Job(node).RunAsync();
        Assert.Equal(1, await node.Eventually("SELECT COUNT(*) FROM DailyMailClaims WHERE Day = '2026-11-20'", 1));
        _smtp.HoldReply = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stopping = new CancellationTokenSource();

        // The server has the first mail but has not answered yet when the node is told to stop.
        var pass = node.Services.GetRequiredService<OutboxSender>().SendDueAsync(stopping.Token);
        await _smtp.WaitFor(1, Patience);
        await stopping.CancelAsync();
        _smtp.HoldReply.SetResult();

        Assert.Equal(1, await pass);
        Assert.Equal(1, await node.Scalar("SELECT COUNT(*) FROM MailOutbox WHERE SentAt IS NOT NULL"));
        Assert.Equal(1, await node.Scalar("SELECT COUNT(*) FROM MailOutbox WHERE SentAt IS NULL"));
        Assert.Single(_smtp.Received);
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<DailyMailServer> Start(TimeSpan? mailPoll = null)
    {
        var server = new DailyMailServer(_directory, _clock, _smtpPort, mailPoll);
        await ((IAsyncLifetime)server).InitializeAsync();
        return server;
    }

    /// <summary>The last daily mail once all its mails are sent, or as it stands when the patience runs out.</summary>
    private static async Task<DailyMailState> LastMail(DailyMailServer server)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            using var scope = server.Services.CreateScope();
            var last = await scope.ServiceProvider.GetRequiredService<DailyMailStatus>().LastAsync();
            if (last is { SentAt: not null } || DateTime.UtcNow > until)
            {
                return Assert.IsType<DailyMailState>(last);
            }
            await Task.Delay(100);
        }
    }

    private static DailyMailJob Job(DailyMailServer server) => server.Services.GetRequiredService<DailyMailJob>();

    /// <summary>The mail as its recipient's client reads it, parsed back from what the SMTP server received.</summary>
    private static MimeMessage Message(ReceivedMail mail) =>
        MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes($"{mail.Headers}\r\n\r\n{mail.Body}")));

    private static int FreePort()
    {
        var probe = new TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
