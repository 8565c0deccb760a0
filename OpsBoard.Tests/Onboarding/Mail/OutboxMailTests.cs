using OpsBoard.Onboarding.Mail;

namespace OpsBoard.Tests.Onboarding.Mail;

public class OutboxMailTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_mail_is_due_at_once_and_not_sent()
    {
        var mail = OutboxMail.Create("ops@example.com", "Subject", "Body", Now);

        Assert.Equal(Now, mail.NextAttemptAt);
        Assert.Null(mail.SentAt);
        Assert.Equal(0, mail.Attempts);
    }

    [Fact]
    public void Each_failure_doubles_the_wait_up_to_the_ceiling_and_keeps_the_error()
    {
        var mail = OutboxMail.Create("ops@example.com", "Subject", "Body", Now);
        var waits = new List<TimeSpan>();
        for (var n = 0; n < 8; n++)
        {
            mail.MarkFailed("Connection refused", Now, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10));
            waits.Add(mail.NextAttemptAt - Now);
        }

        Assert.Equal([10, 20, 40, 80, 160, 320, 600, 600], waits.Select(w => (int)w.TotalSeconds));
        Assert.Equal(8, mail.Attempts);
        Assert.Equal("Connection refused", mail.LastError);
        Assert.Null(mail.SentAt);
    }

    [Fact]
    public void A_mail_sent_after_failures_records_when_and_forgets_the_error()
    {
        var mail = OutboxMail.Create("ops@example.com", "Subject", "Body", Now);
        mail.MarkFailed("timeout", Now, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));

        mail.MarkSent(Now.AddSeconds(3));

        Assert.Equal(Now.AddSeconds(3), mail.SentAt);
        Assert.Equal(2, mail.Attempts);
        Assert.Null(mail.LastError);
    }
}
