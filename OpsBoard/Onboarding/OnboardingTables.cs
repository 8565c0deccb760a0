using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Domain.Items;
using OpsBoard.Onboarding.Mail;

namespace OpsBoard.Onboarding;

internal sealed class ClientCodeConfiguration : IEntityTypeConfiguration<ClientCode>
{
    public void Configure(EntityTypeBuilder<ClientCode> b)
    {
        b.ToTable("OnboardingClientCodes");
        b.HasKey(c => c.Code);
        b.Property(c => c.Code).HasMaxLength(32);
        b.HasIndex(c => c.ItemId).IsUnique();
        b.HasOne<WorkItem>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AreaNotificationConfiguration : IEntityTypeConfiguration<AreaNotification>
{
    public void Configure(EntityTypeBuilder<AreaNotification> b)
    {
        b.ToTable("OnboardingNotifications");
        b.Property(n => n.Area).HasMaxLength(32);
        b.Property(n => n.Client).HasMaxLength(300);
        b.Property(n => n.ClientCode).HasMaxLength(32);
        b.HasIndex(n => new { n.Area, n.CreatedAt });
        b.HasOne<WorkItem>().WithMany().HasForeignKey(n => n.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> b)
    {
        b.ToTable("MailOutbox");
        b.Property(m => m.To).HasMaxLength(256);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.AttachmentName).HasMaxLength(256);
        b.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}
