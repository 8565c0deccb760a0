namespace OpsBoard.Exports;

/// <summary>Writes rows to a table one at a time, as the source hands them over: nothing holds more than the row being written.</summary>
public static class ExportRows
{
    /// <summary>
    /// Rows straight from one database query (<c>AsAsyncEnumerable</c> on a query without tracking), written as they
    /// are read: one read of the table in its order, rather than a query per chunk that would count and skip again.
    /// </summary>
    public static async Task WriteAsync<T>(TableWriter writer, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        await writer.HeaderAsync([.. columns.Select(c => c.Header)], [.. columns.Select(c => c.Kind)], ct);
        var cells = new object?[columns.Count];
        await foreach (var row in rows.WithCancellation(ct))
        {
            for (var i = 0; i < columns.Count; i++)
            {
                cells[i] = columns[i].Value(row);
            }
            await writer.RowAsync(cells, ct);
        }
        await writer.CompleteAsync(ct);
    }
}
