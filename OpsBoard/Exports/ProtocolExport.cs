using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Documents.Protocols;

namespace OpsBoard.Exports;

/// <summary>
/// The protocols as their page lists them, newest first, by keyset on their number: all, those still "out" or those "back".
/// Whether one is late turns with the clock and the business calendar, so it is a column, not a filter.
/// </summary>
public sealed class ProtocolExport(OpsBoardDbContext db, ProtocolLateness lateness, BusinessTime time, TimeProvider clock)
{
    public static readonly string[] Statuses = ["all", "out", "back"];

    public Task WriteAsync(TableWriter writer, string status, CancellationToken ct)
    {
        var query = db.Protocols.AsNoTracking();
        query = status switch
        {
            "out" => query.Where(p => p.SignedBackOn == null),
            "back" => query.Where(p => p.SignedBackOn != null),
            _ => query,
        };
        var now = clock.GetUtcNow();
        var zone = time.Zone;
        var last = long.MaxValue;
        var stories = new Dictionary<long, int>();
        IReadOnlyList<ExportColumn<Protocol>> columns =
        [
            new(ExportText.Get("Number"), CellKind.Number, p => p.Number),
            new(ExportText.Get("Created"), CellKind.DateTime, p => ItemExport.Local(p.CreatedAt, zone)),
            new(ExportText.Get("Sender"), CellKind.Text, p => p.SenderName),
            new(ExportText.Get("Stories"), CellKind.Number, p => stories.GetValueOrDefault(p.Number)),
            new(ExportText.Get("DueBack"), CellKind.DateTime, p => ItemExport.Local(lateness.DueAt(p), zone)),
            new(ExportText.Get("Late"), CellKind.Text, p => ExportText.Get(lateness.IsLate(p, now) ? "Yes" : "No")),
            new(ExportText.Get("SignedBackOn"), CellKind.Text, p => p.SignedBackOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new(ExportText.Get("SignedBackBy"), CellKind.Text, p => p.SignedBackBy),
        ];
        return ExportRows.WriteAsync(writer, columns, async (_, token) =>
        {
            var read = await query.Where(p => p.Number < last).OrderByDescending(p => p.Number).Take(ExportRows.Chunk).ToListAsync(token);
            last = read.Count > 0 ? read[^1].Number : last;
            var numbers = read.Select(p => p.Number).ToList();
            stories = await db.Set<ProtocolStory>().Where(s => numbers.Contains(s.ProtocolNumber)).GroupBy(s => s.ProtocolNumber)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, token);
            return read;
        }, ct);
    }
}
