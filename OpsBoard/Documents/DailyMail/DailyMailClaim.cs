using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsBoard.Documents.DailyMail;

/// <summary>
/// The business day whose report was mailed. Its key is the day, and it is written in the same
/// transaction as the outbox mail: a second node or a restarted one cannot queue the day again.
/// </summary>
public sealed class DailyMailClaim
{
    private DailyMailClaim()
    {
        Recipients = string.Empty;
    }

    public DateOnly Day { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }

    /// <summary>Who it went to, comma-separated, as the settings said that day.</summary>
    public string Recipients { get; private set; }

    public static DailyMailClaim For(DateOnly day, IEnumerable<string> recipients, DateTimeOffset at) => new()
    {
        Day = day,
        QueuedAt = at,
        Recipients = string.Join(", ", recipients),
    };
}

internal sealed class DailyMailClaimConfiguration : IEntityTypeConfiguration<DailyMailClaim>
{
    public void Configure(EntityTypeBuilder<DailyMailClaim> b)
    {
        b.ToTable("DailyMailClaims");
        b.HasKey(c => c.Day);
        b.Property(c => c.Recipients).HasMaxLength(2000);
    }
}
