using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;

namespace OpsBoard.Onboarding.Mail;

/// <summary>A mail of the outbox as Admins see it, with the server's last answer when it failed.</summary>
public sealed record OutboxMailView(long Id, string To, string Subject, string State, DateTimeOffset CreatedAt, int Attempts,
    DateTimeOffset? NextAttemptAt, DateTimeOffset? SentAt, string? LastError)
{
    public static OutboxMailView From(OutboxMail m) =>
        new(m.Id, m.To, m.Subject, m.State, m.CreatedAt, m.Attempts, m.SentAt is null ? m.NextAttemptAt : null, m.SentAt, m.LastError);
}

/// <summary>What the outbox holds, for the Admins' page and API, and the "retry now" they may ask for.</summary>
public sealed class MailOutbox(OpsBoardDbContext db, WriteGate gate, TimeProvider clock)
{
    public const int Shown = 200;

    public async Task<IReadOnlyList<OutboxMailView>> LatestAsync(CancellationToken ct = default)
    {
        // Ids grow with time, and SQLite cannot order by a DateTimeOffset.
        // Projected, so the list never loads the attachments.
        return await db.MailOutbox.AsNoTracking().OrderByDescending(m => m.Id).Take(Shown)
            .Select(m => new OutboxMailView(m.Id, m.To, m.Subject, m.SentAt != null ? "sent" : m.LastError != null ? "failed" : "waiting",
                m.CreatedAt, m.Attempts, m.SentAt == null ? m.NextAttemptAt : null, m.SentAt, m.LastError))
            .ToListAsync(ct);
    }

    /// <summary>Makes a mail due now; null when there is no such mail, false when it was sent already.</summary>
    public async Task<bool?> RetryNowAsync(long id, CancellationToken ct = default)
    {
        using (await gate.EnterAsync(ct))
        {
            var mail = await db.MailOutbox.SingleOrDefaultAsync(m => m.Id == id, ct);
            if (mail is null || mail.SentAt is not null)
            {
                return mail is null ? null : false;
            }
            mail.RetryNow(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
