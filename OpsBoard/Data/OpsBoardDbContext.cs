using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpsBoard.Domain.Items;

namespace OpsBoard.Data;

/// <summary>The app's context; on SQLite it is this class, on PostgreSQL its subclass with that provider's own migrations.</summary>
public class OpsBoardDbContext : DbContext
{
    public OpsBoardDbContext(DbContextOptions<OpsBoardDbContext> options)
        : base(options)
    {
    }

    protected OpsBoardDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<WorkItem> Items => Set<WorkItem>();

    public DbSet<ItemHistoryEntry> History => Set<ItemHistoryEntry>();

    public DbSet<User> Users => Set<User>();

    public DbSet<Onboarding.ClientCode> ClientCodes => Set<Onboarding.ClientCode>();

    public DbSet<Onboarding.AreaNotification> AreaNotifications => Set<Onboarding.AreaNotification>();

    public DbSet<Onboarding.Mail.OutboxMail> MailOutbox => Set<Onboarding.Mail.OutboxMail>();

    public DbSet<Collections.Deposits.UnidentifiedDeposit> Deposits => Set<Collections.Deposits.UnidentifiedDeposit>();

    public DbSet<Documents.Protocols.Protocol> Protocols => Set<Documents.Protocols.Protocol>();

    public DbSet<Audit.AuditEntry> AuditLog => Set<Audit.AuditEntry>();

    public DbSet<Admin.Kiosks.KioskDevice> KioskDevices => Set<Admin.Kiosks.KioskDevice>();

    public DbSet<Views.SavedView> SavedViews => Set<Views.SavedView>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // UTC ticks keep instants sortable and comparable in SQL on every provider.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var item = modelBuilder.Entity<WorkItem>();
        item.ToTable("Items");
        item.Property(i => i.Type).HasMaxLength(32);
        item.Property(i => i.Title).HasMaxLength(300);
        item.Property(i => i.State).HasMaxLength(64);
        item.Property(i => i.Assignee).HasMaxLength(64);
        item.Property(i => i.QueueKey).HasMaxLength(64);
        item.Property(i => i.Version).IsConcurrencyToken();
        item.Property<Dictionary<string, object?>>("_fields").HasColumnName("Fields")
            .HasConversion(v => FieldsJson.Write(v), v => FieldsJson.Read(v), FieldsJson.Comparer);
        item.Ignore(i => i.Fields);
        item.Ignore(i => i.IsDone);
        item.HasIndex(i => new { i.QueueKey, i.Assignee, i.SlaDueAt });
        item.HasIndex(i => new { i.Type, i.State });
        item.HasIndex(i => i.DoneAt);
        // "My items" asks by assignee across every queue, which the queue-first index above cannot serve.
        item.HasIndex(i => new { i.Assignee, i.SlaDueAt });

        var history = modelBuilder.Entity<ItemHistoryEntry>();
        history.ToTable("ItemHistory");
        history.Property(h => h.ItemType).HasMaxLength(32);
        history.Property(h => h.Actor).HasMaxLength(64);
        history.Property(h => h.Trigger).HasMaxLength(64);
        history.Property(h => h.FromState).HasMaxLength(64);
        history.Property(h => h.ToState).HasMaxLength(64);
        // Rows from before the chain start with none; the app seals them at start-up.
        history.Property(h => h.PreviousHash).HasDefaultValue(string.Empty);
        history.Property(h => h.Hash).HasDefaultValue(string.Empty);
        history.HasIndex(h => h.ItemId);
        history.HasIndex(h => h.At);
        history.HasOne<WorkItem>().WithMany().HasForeignKey(h => h.ItemId).OnDelete(DeleteBehavior.Restrict);

        var user = modelBuilder.Entity<User>();
        user.ToTable("Users");
        user.Property(u => u.UserName).HasMaxLength(64);
        user.Property(u => u.DisplayName).HasMaxLength(128);
        user.Property(u => u.RolesText).HasColumnName("Roles").HasMaxLength(256);
        user.Property(u => u.Culture).HasMaxLength(16);
        user.Ignore(u => u.Roles);
        // Users from before stamps and disabling: enabled, with an empty stamp until it first changes.
        user.Property(u => u.SecurityStamp).HasMaxLength(64).HasDefaultValue(string.Empty);
        user.Property(u => u.IsDisabled).HasDefaultValue(false);
        user.HasIndex(u => u.UserName).IsUnique();

        // Each feature (protocols, collections, onboarding...) keeps its tables' mapping beside it.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpsBoardDbContext).Assembly);
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
