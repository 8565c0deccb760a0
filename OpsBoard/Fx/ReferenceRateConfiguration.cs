using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsBoard.Fx;

public sealed class ReferenceRateConfiguration : IEntityTypeConfiguration<ReferenceRate>
{
    public void Configure(EntityTypeBuilder<ReferenceRate> builder)
    {
        builder.ToTable("ReferenceRates");
        builder.HasKey(r => r.Currency);
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.Property(r => r.UpdatedBy).HasMaxLength(64);
        // Stored as text: SQLite keeps no decimal type, and a rate must read back to the digit it was set.
        builder.Property(r => r.UsdPerUnit).HasConversion<string>().HasMaxLength(40);
    }
}
