using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsBoard.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditLog");
        b.Property(a => a.Actor).HasMaxLength(AuditLimits.Name);
        b.Property(a => a.Kind).HasMaxLength(AuditLimits.Kind);
        b.Property(a => a.Subject).HasMaxLength(AuditLimits.Subject);
        b.Property(a => a.RemoteAddress).HasMaxLength(AuditLimits.Address);
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.Actor, a.At });
        // The lockout asks "this name's recent sign-in rows" on every attempt.
        b.HasIndex(a => new { a.Subject, a.Kind, a.At });
    }
}
