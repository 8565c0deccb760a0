using OpsBoard.Collections;

namespace OpsBoard.Exports;

/// <summary>
/// A collections portfolio in its next-to-call order, with the page's filters. The order depends on every open case's calls,
/// so the portfolio works it out over a few numbers per case and reads the cases back a batch at a time as they go out.
/// </summary>
public sealed class PortfolioExport(Portfolio portfolio, BusinessTime time)
{
    public async Task WriteAsync(TableWriter writer, string? agent, PortfolioFilter filter, CancellationToken ct)
    {
        var zone = time.Zone;
        IReadOnlyList<ExportColumn<PortfolioCase>> columns =
        [
            new(ExportText.Get("Id"), CellKind.Number, c => c.Id),
            new(ExportText.Get("Title"), CellKind.Text, c => c.Title),
            new(ExportText.Get("Client"), CellKind.Text, c => c.Client),
            new(ExportText.Get("Assignee"), CellKind.Text, c => c.Assignee),
            new(ExportText.Get("State"), CellKind.Text, c => WorkflowText.State(c.State)),
            new(ExportText.Get("AmountDue"), CellKind.Number, c => c.AmountDue),
            new(ExportText.Get("DaysOverdue"), CellKind.Number, c => c.DaysOverdue),
            new(ExportText.Get("LastCall"), CellKind.DateTime, c => ItemExport.Local(c.LastCallAt, zone)),
            new(ExportText.Get("Calls"), CellKind.Number, c => c.Calls),
            new(ExportText.Get("PromiseDate"), CellKind.Text, c => c.PromiseDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new(ExportText.Get("PromiseAmount"), CellKind.Number, c => c.PromiseAmount),
        ];
        await ExportRows.WriteAsync(writer, columns, portfolio.StreamAsync(agent, filter, ct), ct);
    }
}
