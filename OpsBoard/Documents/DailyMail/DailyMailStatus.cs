using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsBoard.Data;

namespace OpsBoard.Documents.DailyMail;

/// <summary>The last daily report mailed: its day, when it was queued, and when the last of its mails left (null while any waits).</summary>
public sealed record DailyMailState(DateOnly Day, DateTimeOffset QueuedAt, string Recipients, DateTimeOffset? SentAt);

/// <summary>What the Reports page says about the daily mail.</summary>
public sealed class DailyMailStatus(OpsBoardDbContext db, IOptions<DailyMailOptions> options)
{
    public DailyMailOptions Settings => options.Value;

    public async Task<DailyMailState?> LastAsync(CancellationToken ct = default)
    {
        var claim = await db.Set<DailyMailClaim>().AsNoTracking().OrderByDescending(c => c.Day).FirstOrDefaultAsync(ct);
        if (claim is null)
        {
            return null;
        }
        var fileName = DailyMailJob.FileName(claim.Day);
        var sent = await db.MailOutbox.AsNoTracking().Where(m => m.CreatedAt == claim.QueuedAt && m.AttachmentName == fileName)
            .Select(m => m.SentAt).ToListAsync(ct);
        return new DailyMailState(claim.Day, claim.QueuedAt, claim.Recipients,
            sent.Count > 0 && sent.All(s => s is not null) ? sent.Max() : null);
    }
}
