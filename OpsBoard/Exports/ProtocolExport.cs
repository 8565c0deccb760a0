using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Documents.Protocols;

namespace OpsBoard.Exports;

/// <summary>
/// The protocols as their page lists them, newest first, each with its count of stories, read by one query and
/// written as they arrive: all, those still "out" or those "back".
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
        IReadOnlyList<ExportColumn<ProtocolRow>> columns =
        [
            new(ExportText.Get("Number"), CellKind.Number, r => r.Protocol.Number),
            new(ExportText.Get("Created"), CellKind.DateTime, r => ItemExport.Local(r.Protocol.CreatedAt, zone)),
            new(ExportText.Get("Sender"), CellKind.Text, r => r.Protocol.SenderName),
            new(ExportText.Get("Stories"), CellKind.Number, r => r.Stories),
            new(ExportText.Get("DueBack"), CellKind.DateTime, r => ItemExport.Local(lateness.DueAt(r.Protocol), zone)),
            new(ExportText.Get("Late"), CellKind.Text, r => ExportText.Get(lateness.IsLate(r.Protocol, now) ? "Yes" : "No")),
            new(ExportText.Get("SignedBackOn"), CellKind.Text, r => r.Protocol.SignedBackOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new(ExportText.Get("SignedBackBy"), CellKind.Text, r => r.Protocol.SignedBackBy),
        ];
        var rows = query.OrderByDescending(p => p.Number)
            .Select(p => new ProtocolRow(p, db.Set<ProtocolStory>().Count(s => s.ProtocolNumber == p.Number)));
        return ExportRows.WriteAsync(writer, columns, rows.AsAsyncEnumerable(), ct);
    }

    private sealed record ProtocolRow(Protocol Protocol, int Stories);
}
