using OpsBoard.Exports.Xlsx;

namespace OpsBoard.Exports;

/// <summary>
/// Writes an export a row at a time to its output, never holding more than one chunk of rows:
/// <see cref="CsvTableWriter"/> or <see cref="XlsxTableWriter"/>.
/// </summary>
public abstract class TableWriter : IAsyncDisposable
{
    public abstract Task HeaderAsync(IReadOnlyList<string> headers, IReadOnlyList<CellKind> kinds, CancellationToken ct);

    /// <summary>One row; instants are already in the business time zone, as the reader reads them.</summary>
    public abstract Task RowAsync(IReadOnlyList<object?> cells, CancellationToken ct);

    /// <summary>Ends the table and sends what is left.</summary>
    public abstract Task CompleteAsync(CancellationToken ct);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    public static TableWriter For(ExportFormat format, Stream output, string sheetName) => format == ExportFormat.Xlsx
        ? new XlsxTableWriter(output, sheetName)
        : new CsvTableWriter(output);
}
