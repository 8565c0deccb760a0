using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Items;
using OpsBoard.Onboarding;

namespace OpsBoard.Files;

/// <summary>One file of an item as lists show it.</summary>
public sealed record ItemFileView(long Id, long ItemId, string FileName, string MediaType, long Size, string Sha256, string UploadedBy,
    DateTimeOffset UploadedAt, string Download);

/// <summary>How attaching a file ended: the file, or the refusal (and then nothing was kept).</summary>
public sealed record AttachResult(ItemFileView? File, CommandResult? Refusal, FileRefusal Kind = FileRefusal.None);

/// <summary>
/// Files on any item, seen exactly by those who see the item (<see cref="ItemQueries"/> asks
/// <c>ItemAccess</c>). Attaching keeps the bytes in the one <see cref="FileStore"/>, then records
/// the file and a history row on the item in one transaction; a refused change takes the bytes back.
/// </summary>
public sealed class ItemFiles(OpsBoardDbContext db, ItemQueries items, FileStore store, AnnotateHandler annotate)
{
    public async Task<AttachResult> AttachAsync(Actor actor, long itemId, Upload upload, CancellationToken ct = default)
    {
        // Checked before any byte is kept: someone who may not see the item stores nothing in it.
        if (await items.FindAsync(itemId, actor, ct) is null)
        {
            return new(null, CommandResult.NotFound(itemId));
        }
        var owner = FileStore.ItemFolder(itemId);
        var (stored, why, kind) = await store.SaveAsync(owner, upload.FileName, upload.Content, ct);
        if (stored is null)
        {
            return new(null, CommandResult.Invalid(new Dictionary<string, string[]> { ["file"] = [why!] }), kind);
        }
        var name = FileNames.Clean(upload.FileName);
        ItemFile? row = null;
        var note = string.Create(CultureInfo.InvariantCulture, $"{name} ({stored.Size} bytes, sha256 {stored.Sha256})");
        var changes = new Dictionary<string, object?> { ["file"] = name, ["sha256"] = stored.Sha256 };
        var result = await annotate.HandleAsync(actor, new AnnotateCommand(itemId, ItemTriggers.AttachFile, note, changes, async (move, token) =>
        {
            row = ItemFile.Attach(itemId, name, stored, actor.UserName, move.At);
            move.Db.Add(row);
            await move.Db.SaveChangesAsync(token);
            return null;
        }), ct);
        if (!result.Succeeded)
        {
            // The same bytes may already belong to another file of the item: only bytes this upload brought are taken back.
            if (!await db.Set<ItemFile>().AnyAsync(f => f.ItemId == itemId && f.Sha256 == stored.Sha256, ct))
            {
                store.Discard(owner, stored);
            }
            return new(null, result);
        }
        return new(View(row!), null);
    }

    /// <summary>The item's files, newest first; null when there is no such item for the viewer.</summary>
    public async Task<IReadOnlyList<ItemFileView>?> ListAsync(Actor viewer, long itemId, CancellationToken ct = default)
    {
        if (await items.FindAsync(itemId, viewer, ct) is null)
        {
            return null;
        }
        var rows = await db.Set<ItemFile>().AsNoTracking().Where(f => f.ItemId == itemId).ToListAsync(ct);
        return [.. rows.OrderByDescending(f => f.UploadedAt).ThenByDescending(f => f.Id).Select(View)];
    }

    /// <summary>A file of the item with where its bytes are, or null when the viewer may not see the item or it has no such file.</summary>
    public async Task<(ItemFileView File, string Path)?> OpenAsync(Actor viewer, long itemId, long fileId, CancellationToken ct = default)
    {
        if (await items.FindAsync(itemId, viewer, ct) is null)
        {
            return null;
        }
        var row = await db.Set<ItemFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.ItemId == itemId, ct);
        return row is not null && store.Find(FileStore.ItemFolder(itemId), row.Sha256) is { } path ? (View(row), path) : null;
    }

    private static ItemFileView View(ItemFile f) => new(f.Id, f.ItemId, f.FileName, f.MediaType, f.Size, f.Sha256, f.UploadedBy, f.UploadedAt,
        string.Create(CultureInfo.InvariantCulture, $"/api/v1/items/{f.ItemId}/files/{f.Id}"));
}
