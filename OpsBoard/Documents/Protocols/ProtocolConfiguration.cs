using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Domain.Items;

namespace OpsBoard.Documents.Protocols;

public sealed class ProtocolConfiguration : IEntityTypeConfiguration<Protocol>
{
    public void Configure(EntityTypeBuilder<Protocol> builder)
    {
        builder.ToTable("Protocols");
        builder.HasKey(p => p.Number);
        builder.Property(p => p.Sender).HasMaxLength(64);
        builder.Property(p => p.SenderName).HasMaxLength(128);
        builder.Property(p => p.SignedCopySha256).HasMaxLength(64);
        builder.Property(p => p.SignedCopyName).HasMaxLength(Files.FileNames.MaxLength);
        builder.Property(p => p.SignedBackBy).HasMaxLength(64);
        builder.Ignore(p => p.IsSignedBack);
        builder.HasMany(p => p.Stories).WithOne().HasForeignKey(s => s.ProtocolNumber).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Stories).HasField("_stories");
    }
}

public sealed class ProtocolStoryConfiguration : IEntityTypeConfiguration<ProtocolStory>
{
    public void Configure(EntityTypeBuilder<ProtocolStory> builder)
    {
        builder.ToTable("ProtocolStories");
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.HasIndex(s => new { s.ProtocolNumber, s.Position }).IsUnique();
        builder.HasIndex(s => s.ItemId);
        builder.HasOne<WorkItem>().WithMany().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
