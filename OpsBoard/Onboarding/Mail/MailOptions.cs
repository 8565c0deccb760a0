namespace OpsBoard.Onboarding.Mail;

/// <summary>Settings under <c>OpsBoard:Mail</c>: the SMTP server and how the outbox retries.</summary>
public sealed class MailOptions
{
    /// <summary>The SMTP server; unset, nothing is sent and the mail waits in the outbox until one is configured.</summary>
    public string? Host { get; set; }

    public bool HasServer => !string.IsNullOrWhiteSpace(Host);

    public int Port { get; set; } = 25;

    /// <summary>TLS: from the start on port 465, by STARTTLS on any other port, and then required.</summary>
    public bool EnableSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "opsboard@opsboard.local";

    /// <summary>How often the sender looks for mail due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait after the first failure; it doubles with each failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
