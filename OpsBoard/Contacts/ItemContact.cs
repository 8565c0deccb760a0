using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Domain.Items;

namespace OpsBoard.Contacts;

/// <summary>The ways a client is reached or reaches us, and which way it went.</summary>
public static class ContactChannels
{
    public const string Phone = "phone";

    public static IReadOnlyList<string> All { get; } = [Phone, "email", "whatsapp", "chat", "facebook", "visit", "letter"];

    public static IReadOnlyList<string> Directions { get; } = ["out", "in"];

    public const int OutcomeMaxLength = 100;

    public const int NoteMaxLength = 2000;
}

/// <summary>One contact with the client about an item: channel, direction, outcome, note, who and when. A collection call is one, by phone.</summary>
public sealed class ItemContact
{
    private ItemContact()
    {
        Channel = Direction = Outcome = Actor = string.Empty;
    }

    public long Id { get; private set; }

    public long ItemId { get; private set; }

    public string Channel { get; private set; }

    public string Direction { get; private set; }

    public string Outcome { get; private set; }

    public string? Note { get; private set; }

    public string Actor { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static ItemContact Log(long itemId, string channel, string direction, string outcome, string? note, string actor, DateTimeOffset at) => new()
    {
        ItemId = itemId,
        Channel = channel,
        Direction = direction,
        Outcome = outcome,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        Actor = actor,
        At = at,
    };
}

internal sealed class ItemContactConfiguration : IEntityTypeConfiguration<ItemContact>
{
    public void Configure(EntityTypeBuilder<ItemContact> b)
    {
        b.ToTable("ItemContacts");
        b.Property(c => c.Channel).HasMaxLength(16);
        b.Property(c => c.Direction).HasMaxLength(8);
        b.Property(c => c.Outcome).HasMaxLength(ContactChannels.OutcomeMaxLength);
        b.Property(c => c.Note).HasMaxLength(ContactChannels.NoteMaxLength);
        b.Property(c => c.Actor).HasMaxLength(64);
        b.HasIndex(c => c.ItemId);
        b.HasIndex(c => c.At);
        b.HasOne<WorkItem>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
