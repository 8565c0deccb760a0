namespace OpsBoard.Onboarding.Mail;

/// <summary>
/// A mail written in the same transaction as the change that caused it and sent later by the
/// outbox sender, so a mail server outage delays mail but never loses it.
/// </summary>
public sealed class OutboxMail
{
    private OutboxMail()
    {
        To = Subject = Body = string.Empty;
    }

    public long Id { get; private set; }

    public string To { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The one file a mail may carry (e.g. the daily report's PDF), by its file name.</summary>
    public string? AttachmentName { get; private set; }

    public byte[]? Attachment { get; private set; }

    public static OutboxMail Create(string to, string subject, string body, DateTimeOffset now) => new()
    {
        To = to,
        Subject = subject,
        Body = body,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>Attaches a file; a mail carries at most one, so a second replaces the first.</summary>
    public OutboxMail Attach(string fileName, byte[] content)
    {
        AttachmentName = fileName;
        Attachment = content;
        return this;
    }

    public void MarkSent(DateTimeOffset now)
    {
        Attempts++;
        SentAt = now;
        LastError = null;
    }

    /// <summary>Sent, failed (a server or the network refused it at least once) or waiting for its first try.</summary>
    public string State => SentAt is not null ? "sent" : LastError is not null ? "failed" : "waiting";

    /// <summary>An Admin asks for the next try now rather than after the growing wait.</summary>
    public void RetryNow(DateTimeOffset now)
    {
        if (SentAt is null)
        {
            NextAttemptAt = now;
        }
    }

    /// <summary>Schedules the next try, doubling the wait after each failure up to the ceiling.</summary>
    public void MarkFailed(string error, DateTimeOffset now, TimeSpan first, TimeSpan max)
    {
        Attempts++;
        var delay = TimeSpan.FromTicks(Math.Min(max.Ticks, first.Ticks * (1L << Math.Min(Attempts - 1, 20))));
        NextAttemptAt = now + delay;
        LastError = error.Length > 1000 ? error[..1000] : error;
    }
}
