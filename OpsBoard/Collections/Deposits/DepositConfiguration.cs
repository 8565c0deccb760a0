using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Domain.Items;

namespace OpsBoard.Collections.Deposits;

public sealed class DepositConfiguration : IEntityTypeConfiguration<UnidentifiedDeposit>
{
    public void Configure(EntityTypeBuilder<UnidentifiedDeposit> deposit)
    {
        deposit.ToTable("UnidentifiedDeposits");
        deposit.Property(d => d.Reference).HasMaxLength(200);
        deposit.Property(d => d.Channel).HasMaxLength(64);
        deposit.Property(d => d.RegisteredBy).HasMaxLength(64);
        deposit.Property(d => d.MatchedBy).HasMaxLength(64);
        deposit.Property(d => d.SupportNetwork).HasMaxLength(32);
        deposit.Property(d => d.SupportRequestedBy).HasMaxLength(64);
        deposit.Property(d => d.Version).IsConcurrencyToken();
        deposit.Ignore(d => d.IsMatched);
        deposit.Ignore(d => d.IsSupportRequested);
        deposit.HasIndex(d => d.MatchedItemId);
        deposit.HasIndex(d => d.ReceivedAt);
        deposit.HasOne<WorkItem>().WithMany().HasForeignKey(d => d.MatchedItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
