namespace OpsBoard.Exports;

/// <summary>Writes rows to a table a chunk at a time, as a source hands them over.</summary>
public static class ExportRows
{
    /// <summary>Rows read per query: small enough to keep memory flat, large enough that 100,000 rows take a hundred queries.</summary>
    public const int Chunk = 1000;

    public static async Task WriteAsync<T>(TableWriter writer, IReadOnlyList<ExportColumn<T>> columns,
        Func<int, CancellationToken, Task<IReadOnlyList<T>>> nextChunk, CancellationToken ct)
    {
        await writer.HeaderAsync([.. columns.Select(c => c.Header)], [.. columns.Select(c => c.Kind)], ct);
        var cells = new object?[columns.Count];
        for (var read = 0; ; )
        {
            var rows = await nextChunk(read, ct);
            foreach (var row in rows)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    cells[i] = columns[i].Value(row);
                }
                await writer.RowAsync(cells, ct);
            }
            read += rows.Count;
            if (rows.Count < Chunk)
            {
                break;
            }
        }
        await writer.CompleteAsync(ct);
    }
}
