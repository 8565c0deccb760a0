using Microsoft.EntityFrameworkCore;
using OpsBoard.Collections.Deposits;
using OpsBoard.Data;

namespace OpsBoard.Exports;

/// <summary>Unidentified deposits as the deposits page lists them (open, matched or all, and its search), by their id, written as they are read.</summary>
public sealed class DepositExport(OpsBoardDbContext db, BusinessTime time)
{
    public Task WriteAsync(TableWriter writer, string? status, string? q, CancellationToken ct)
    {
        var query = DepositFilter.Apply(db.Deposits.AsNoTracking(), status, q);
        var zone = time.Zone;
        IReadOnlyList<ExportColumn<UnidentifiedDeposit>> columns =
        [
            new(ExportText.Get("Id"), CellKind.Number, d => d.Id),
            new(ExportText.Get("Received"), CellKind.DateTime, d => ItemExport.Local(d.ReceivedAt, zone)),
            new(ExportText.Get("Amount"), CellKind.Number, d => d.Amount),
            new(ExportText.Get("Reference"), CellKind.Text, d => d.Reference),
            new(ExportText.Get("Channel"), CellKind.Text, d => d.Channel),
            new(ExportText.Get("Due"), CellKind.DateTime, d => ItemExport.Local(d.DueAt, zone)),
            new(ExportText.Get("MatchedCase"), CellKind.Number, d => d.MatchedItemId),
            new(ExportText.Get("MatchedBy"), CellKind.Text, d => d.MatchedBy),
        ];
        return ExportRows.WriteAsync(writer, columns, query.OrderBy(d => d.Id).AsAsyncEnumerable(), ct);
    }
}
