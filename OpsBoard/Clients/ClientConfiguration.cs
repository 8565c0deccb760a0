using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Data;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Items;

namespace OpsBoard.Clients;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.ToTable("Clients");
        b.Property(c => c.Code).HasMaxLength(ClientCodes.MaxLength);
        b.Property(c => c.Name).HasMaxLength(FieldLimits.ShortText);
        b.Property(c => c.NameKey).HasMaxLength(FieldLimits.ShortText);
        b.Property(c => c.TaxId).HasMaxLength(ClientRules.TaxIdMaxLength);
        b.Property(c => c.Segment).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.LimitCurrency).HasMaxLength(3);
        b.Property(c => c.Tier).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.LimitSetBy).HasMaxLength(64);
        b.Property<List<ClientContact>>("_contacts").HasColumnName("Contacts")
            .HasConversion(v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<List<ClientContact>>(v, Json) ?? new List<ClientContact>(),
                new ValueComparer<List<ClientContact>>((x, y) => x!.SequenceEqual(y!), v => v.Count, v => v.ToList()));
        b.Ignore(c => c.Contacts);
        b.Ignore(c => c.HasGeneratedCode);
        b.HasIndex(c => c.Code).IsUnique();
        b.HasIndex(c => c.NameKey);
        b.HasIndex(c => c.TaxId);
        b.HasIndex(c => c.Tier);
    }
}

/// <summary>
/// The item's link to its client, kept beside the client. No foreign key: SQLite adds one only by copying the whole
/// items table, which a database of a million items should not pay for on upgrade.
/// </summary>
internal sealed class ItemClientConfiguration : IEntityTypeConfiguration<WorkItem>
{
    // The client first serves the client's lists; the rest lets take-next seek a priority client's open items in one queue.
    public void Configure(EntityTypeBuilder<WorkItem> b) => b.HasIndex(i => new { i.ClientId, i.QueueKey, i.Assignee, i.DoneAt });
}

public static class ClientTables
{
    public static DbSet<Client> Clients(this OpsBoardDbContext db) => db.Set<Client>();
}
