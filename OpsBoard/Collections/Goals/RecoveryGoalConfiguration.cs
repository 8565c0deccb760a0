using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsBoard.Collections.Goals;

public sealed class RecoveryGoalConfiguration : IEntityTypeConfiguration<RecoveryGoal>
{
    public void Configure(EntityTypeBuilder<RecoveryGoal> builder)
    {
        builder.ToTable("RecoveryGoals");
        builder.HasKey(g => new { g.Month, g.Analyst });
        builder.Property(g => g.Analyst).HasMaxLength(64);
        builder.Property(g => g.UpdatedBy).HasMaxLength(64);
        // Stored as text: SQLite keeps no decimal type, and a goal must read back to the cent it was set.
        builder.Property(g => g.Amount).HasConversion<string>().HasMaxLength(40);
    }
}
