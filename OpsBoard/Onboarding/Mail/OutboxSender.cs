using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using OpsBoard.Data;

namespace OpsBoard.Onboarding.Mail;

/// <summary>
/// Sends the outbox's mail through the configured SMTP server. A mail that fails stays in the
/// outbox and is tried again later, with a growing wait, until the server takes it. With no server
/// configured the mail waits quietly: one line at start says so, and Admins see it on /admin/mail.
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IOptions<MailOptions> options, WriteGate gate, TimeProvider clock,
    ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.HasServer)
        {
            await SayMailWaitsAsync(stoppingToken);
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The mail outbox could not be read");
            }
            await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>One pass over the mail due now; returns how many were sent (none without a server).</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (!o.HasServer)
        {
            return 0;
        }
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.MailOutbox.Where(m => m.SentAt == null && m.NextAttemptAt <= now).OrderBy(m => m.Id).Take(20).ToListAsync(ct);
        var sent = 0;
        foreach (var mail in due)
        {
            if (ct.IsCancellationRequested || !await LeaseAsync(db, mail, o, ct))
            {
                continue;
            }
            // Said when a mail starts failing and when it gets through after all, not at every retry in between.
            var failing = mail.LastError is not null;
            // A mail handed to the server is finished and recorded even when the node is stopping (the send has its
            // own timeout): cut in the middle, it would stay unsent and another node would send it a second time.
            try
            {
                await SendAsync(mail, o, CancellationToken.None);
                mail.MarkSent(clock.GetUtcNow());
                sent++;
                if (failing)
                {
                    logger.LogInformation("Mail {Id} to {To} sent at attempt {Attempts}", mail.Id, mail.To, mail.Attempts);
                }
            }
            catch (Exception ex)
            {
                // Whatever the server or the network did, the mail stays and is tried again later.
                mail.MarkFailed(Describe(ex), clock.GetUtcNow(), o.FirstRetryDelay, o.MaxRetryDelay);
                if (!failing)
                {
                    logger.LogWarning("Mail {Id} to {To} not sent, kept in the outbox to be tried again: {Error}", mail.Id, mail.To, mail.LastError);
                }
            }
            using (await gate.EnterAsync(CancellationToken.None))
            {
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }
        return sent;
    }

    /// <summary>
    /// Takes the mail for one send: its next try moves past the send's timeout only if no other node
    /// moved it first, so nodes sharing the database never send the same mail twice.
    /// </summary>
    private async Task<bool> LeaseAsync(OpsBoardDbContext db, OutboxMail mail, MailOptions o, CancellationToken ct)
    {
        var seen = mail.NextAttemptAt;
        var until = clock.GetUtcNow() + (o.SendTimeout * 2);
        using (await gate.EnterAsync(ct))
        {
            return await db.MailOutbox.Where(m => m.Id == mail.Id && m.SentAt == null && m.NextAttemptAt == seen)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, until), ct) == 1;
        }
    }

    private async Task SayMailWaitsAsync(CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var waiting = await scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>().MailOutbox.CountAsync(m => m.SentAt == null, ct);
            logger.LogInformation("Mail: no SMTP server configured; {Waiting} messages wait in the outbox", waiting);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogInformation("Mail: no SMTP server configured; the outbox could not be counted: {Error}", ex.Message);
        }
    }

    /// <summary>The server's own answer with its code when it refused, else the chain of messages down to the cause.</summary>
    private static string Describe(Exception ex)
    {
        if (ex is SmtpCommandException command)
        {
            return $"{(int)command.StatusCode} {command.Message}";
        }
        var messages = new List<string>();
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }
        return string.Join(" ← ", messages.Distinct());
    }

    private static Multipart WithAttachment(TextPart text, string fileName, byte[] content)
    {
        var file = new MimePart(MimeTypes.GetMimeType(fileName))
        {
            Content = new MimeContent(new MemoryStream(content, writable: false)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = fileName,
        };
        return new Multipart("mixed") { text, file };
    }

    private static async Task SendAsync(OutboxMail mail, MailOptions o, CancellationToken ct)
    {
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(o.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        // Quoted-printable keeps accented text readable by any server, with or without 8BITMIME.
        var text = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = mail.Body, ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        message.Body = mail.Attachment is { } content ? WithAttachment(text, mail.AttachmentName ?? "attachment", content) : text;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(o.SendTimeout);
        using var smtp = new SmtpClient { Timeout = (int)o.SendTimeout.TotalMilliseconds };
        var security = !o.EnableSsl ? SecureSocketOptions.None : o.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await smtp.ConnectAsync(o.Host ?? string.Empty, o.Port, security, timeout.Token);
        if (!string.IsNullOrEmpty(o.UserName))
        {
            await smtp.AuthenticateAsync(o.UserName, o.Password ?? string.Empty, timeout.Token);
        }
        await smtp.SendAsync(message, timeout.Token);
        await smtp.DisconnectAsync(quit: true, timeout.Token);
    }
}
