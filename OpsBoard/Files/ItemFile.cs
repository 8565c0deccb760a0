using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Domain.Items;

namespace OpsBoard.Files;

/// <summary>A file attached to an item: who sent it when, under which name; its bytes are in the file store by SHA-256.</summary>
public sealed class ItemFile
{
    private ItemFile()
    {
        FileName = Sha256 = MediaType = UploadedBy = string.Empty;
    }

    public long Id { get; private set; }

    public long ItemId { get; private set; }

    public string FileName { get; private set; }

    public string Sha256 { get; private set; }

    public string MediaType { get; private set; }

    public long Size { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public static ItemFile Attach(long itemId, string fileName, FileStore.Stored stored, string by, DateTimeOffset at) => new()
    {
        ItemId = itemId,
        FileName = fileName,
        Sha256 = stored.Sha256,
        MediaType = stored.Type.MediaType,
        Size = stored.Size,
        UploadedBy = by,
        UploadedAt = at,
    };
}

internal sealed class ItemFileConfiguration : IEntityTypeConfiguration<ItemFile>
{
    public void Configure(EntityTypeBuilder<ItemFile> b)
    {
        b.ToTable("ItemFiles");
        b.Property(f => f.FileName).HasMaxLength(FileNames.MaxLength);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.MediaType).HasMaxLength(64);
        b.Property(f => f.UploadedBy).HasMaxLength(64);
        b.HasIndex(f => f.ItemId);
        b.HasOne<WorkItem>().WithMany().HasForeignKey(f => f.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>A file's name as shown and sent back: the last part of what the browser gave, without control characters, not too long.</summary>
public static class FileNames
{
    public const int MaxLength = 200;

    public static string Clean(string? name)
    {
        var last = Path.GetFileName((name ?? string.Empty).Replace('\\', '/'));
        var clean = new string([.. last.Where(c => !char.IsControl(c))]).Trim();
        if (clean.Length > MaxLength)
        {
            var ext = Path.GetExtension(clean);
            clean = clean[..(MaxLength - ext.Length)] + ext;
        }
        return clean.Length == 0 ? "file" : clean;
    }
}
