using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsBoard.Views;

public sealed class SavedViewConfiguration : IEntityTypeConfiguration<SavedView>
{
    public void Configure(EntityTypeBuilder<SavedView> view)
    {
        view.ToTable("SavedViews");
        view.Property(v => v.Owner).HasMaxLength(64);
        view.Property(v => v.List).HasMaxLength(32);
        view.Property(v => v.Name).HasMaxLength(ViewLists.NameLength);
        view.Property(v => v.FiltersJson).HasColumnName("Filters").HasMaxLength(4000);
        view.Property(v => v.Sort).HasMaxLength(32);
        // One name per owner and list: saving again under it replaces the view.
        view.HasIndex(v => new { v.Owner, v.List, v.Name }).IsUnique();
        view.HasIndex(v => new { v.List, v.Shared });
    }
}
