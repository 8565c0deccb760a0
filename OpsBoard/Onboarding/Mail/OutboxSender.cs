using System.Net;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsBoard.Data;

namespace OpsBoard.Onboarding.Mail;

/// <summary>
/// Sends the outbox's mail through the configured SMTP server. A mail that fails stays in the
/// outbox and is tried again later, with a growing wait, until the server takes it.
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IOptions<MailOptions> options, WriteGate gate, TimeProvider clock,
    ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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

    /// <summary>One pass over the mail due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.MailOutbox.Where(m => m.SentAt == null && m.NextAttemptAt <= now).OrderBy(m => m.Id).Take(20).ToListAsync(ct);
        var sent = 0;
        foreach (var mail in due)
        {
            var o = options.Value;
            try
            {
                await SendAsync(mail, o, ct);
                mail.MarkSent(clock.GetUtcNow());
                sent++;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                // Whatever the server or the network did, the mail stays and is tried again later.
                mail.MarkFailed(Describe(ex), clock.GetUtcNow(), o.FirstRetryDelay, o.MaxRetryDelay);
                logger.LogInformation("Mail {Id} to {To} not sent (attempt {Attempts}): {Error}", mail.Id, mail.To, mail.Attempts, ex.Message);
            }
            using (await gate.EnterAsync(ct))
            {
                await db.SaveChangesAsync(ct);
            }
        }
        return sent;
    }

    /// <summary>The whole chain of messages: SmtpClient says "Failure sending mail." and puts the cause inside.</summary>
    private static string Describe(Exception ex)
    {
        var messages = new List<string>();
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }
        return string.Join(" ← ", messages.Distinct());
    }

    private static async Task SendAsync(OutboxMail mail, MailOptions o, CancellationToken ct)
    {
        using var smtp = new SmtpClient(o.Host, o.Port) { EnableSsl = o.EnableSsl, Timeout = (int)o.SendTimeout.TotalMilliseconds };
        if (!string.IsNullOrEmpty(o.UserName))
        {
            smtp.Credentials = new NetworkCredential(o.UserName, o.Password);
        }
        using var message = new MailMessage(o.From, mail.To, mail.Subject, mail.Body) { BodyEncoding = System.Text.Encoding.UTF8, SubjectEncoding = System.Text.Encoding.UTF8 };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(o.SendTimeout);
        await smtp.SendMailAsync(message, timeout.Token);
    }
}
