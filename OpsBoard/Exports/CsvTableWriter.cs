using System.Globalization;
using System.Text;

namespace OpsBoard.Exports;

/// <summary>
/// RFC 4180 CSV in UTF-8 with a byte order mark, so a spreadsheet opens accents and Cyrillic right. A text
/// cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) is prefixed
/// with an apostrophe: an exported title must never become a formula on a colleague's machine. Lines are
/// written into a small buffer and sent between rows once it fills, as the workbook is.
/// </summary>
public sealed class CsvTableWriter : TableWriter
{
    private readonly PendingOutput _pending;
    private readonly StreamWriter _writer;
    private IReadOnlyList<CellKind> _kinds = [];

    public CsvTableWriter(Stream output)
    {
        _pending = new PendingOutput(output);
        _writer = new StreamWriter(_pending, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024) { NewLine = "\r\n" };
    }

    public override Task HeaderAsync(IReadOnlyList<string> headers, IReadOnlyList<CellKind> kinds, CancellationToken ct)
    {
        _kinds = kinds;
        _writer.WriteLine(string.Join(',', headers.Select(Text)));
        return _pending.DrainAsync(all: false, ct);
    }

    public override Task RowAsync(IReadOnlyList<object?> cells, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        Span<char> number = stackalloc char[32];
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }
            Cell(cells[i], _kinds[i], number);
        }
        _writer.WriteLine();
        return _pending.DrainAsync(all: false, ct);
    }

    public override Task CompleteAsync(CancellationToken ct)
    {
        _writer.Flush();
        return _pending.DrainAsync(all: true, ct);
    }

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

    private void Cell(object? value, CellKind kind, Span<char> number)
    {
        var length = value switch
        {
            null => 0,
            DateTime at when at.TryFormat(number, out var n, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) => n,
            decimal d when kind == CellKind.Number && d.TryFormat(number, out var n, provider: CultureInfo.InvariantCulture) => n,
            double d when kind == CellKind.Number && d.TryFormat(number, out var n, provider: CultureInfo.InvariantCulture) => n,
            long l when kind == CellKind.Number && l.TryFormat(number, out var n, provider: CultureInfo.InvariantCulture) => n,
            int l when kind == CellKind.Number && l.TryFormat(number, out var n, provider: CultureInfo.InvariantCulture) => n,
            _ => -1,
        };
        if (length >= 0)
        {
            _writer.Write(number[..length]);
        }
        else
        {
            _writer.Write(Text(Convert.ToString(value, CultureInfo.InvariantCulture)));
        }
    }
}
