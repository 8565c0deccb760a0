using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Files;

namespace OpsBoard.Documents.Protocols;

/// <summary>
/// What the broker should find with each story: the documents the desk marked as received and the files attached
/// to the story, each named once, so the receiver can check the bundle against the protocol line by line.
/// </summary>
public static class StoryDocuments
{
    public static async Task<Dictionary<long, List<string>>> FileNamesAsync(OpsBoardDbContext db, IReadOnlyList<long> storyIds, CancellationToken ct) =>
        (await db.Set<ItemFile>().AsNoTracking().Where(f => storyIds.Contains(f.ItemId)).OrderBy(f => f.Id)
            .Select(f => new { f.ItemId, f.FileName }).ToListAsync(ct))
        .GroupBy(f => f.ItemId).ToDictionary(g => g.Key, g => g.Select(f => f.FileName).ToList());

    public static string Describe(IReadOnlyList<string>? received, IReadOnlyList<string>? files) =>
        string.Join(", ", (received ?? []).Concat(files ?? []).Distinct(StringComparer.OrdinalIgnoreCase));
}
