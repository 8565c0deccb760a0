using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsBoard.Admin.Kiosks;

public sealed class KioskDeviceConfiguration : IEntityTypeConfiguration<KioskDevice>
{
    public void Configure(EntityTypeBuilder<KioskDevice> builder)
    {
        builder.ToTable("KioskDevices");
        builder.Property(k => k.Name).HasMaxLength(KioskDevice.NameLength);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.Property(k => k.CreatedBy).HasMaxLength(64);
        builder.Ignore(k => k.IsRevoked);
        builder.HasIndex(k => k.SecretHash).IsUnique();
    }
}
