using System.Globalization;
using System.Text;

namespace OpsBoard.Exports;

/// <summary>
/// RFC 4180 CSV in UTF-8 with a byte order mark, so a spreadsheet opens accents and Cyrillic right. A text
/// cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) is prefixed
/// with an apostrophe: an exported title must never become a formula on a colleague's machine.
/// </summary>
public sealed class CsvTableWriter(Stream output) : TableWriter
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true)
    {
        NewLine = "\r\n",
    };

    private IReadOnlyList<CellKind> _kinds = [];
    private int _rows;

    public override async Task HeaderAsync(IReadOnlyList<string> headers, IReadOnlyList<CellKind> kinds, CancellationToken ct)
    {
        _kinds = kinds;
        await LineAsync(headers.Select(Text), ct);
    }

    public override async Task RowAsync(IReadOnlyList<object?> cells, CancellationToken ct)
    {
        await LineAsync(cells.Select((cell, i) => Cell(cell, _kinds[i])), ct);
        // Sends a chunk now and then, so a long export reaches the browser as it is written.
        if (++_rows % 1000 == 0)
        {
            await _writer.FlushAsync(ct);
        }
    }

    public override Task CompleteAsync(CancellationToken ct) => _writer.FlushAsync(ct);

    public override async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>One text cell as written: guarded against formulas, then quoted when it holds a separator, a quote or a line break.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' '
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static string Cell(object? value, CellKind kind) => value switch
    {
        null => string.Empty,
        DateTime at => at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        decimal or double or long or int when kind == CellKind.Number => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private Task LineAsync(IEnumerable<string> cells, CancellationToken ct) =>
        _writer.WriteLineAsync(string.Join(',', cells).AsMemory(), ct);
}
