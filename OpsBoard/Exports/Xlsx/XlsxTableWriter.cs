using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace OpsBoard.Exports.Xlsx;

/// <summary>
/// An XLSX workbook of one sheet written straight to the response: the zip's parts are written in order (a zip
/// written forward needs no seeking), the sheet's rows as they come, as inline strings (no shared-string table
/// to build first). What is compressed is sent between rows, so memory stays the same for ten rows or a million.
/// Numbers are number cells and instants date cells.
/// </summary>
public sealed class XlsxTableWriter : TableWriter
{
    private readonly PendingOutput _pending;
    private readonly ZipArchive _zip;
    private readonly Stream _entry;
    private readonly StreamWriter _sheet;
    private IReadOnlyList<CellKind> _kinds = [];
    private string[] _columns = [];
    private int _row;
    private bool _complete;

    public XlsxTableWriter(Stream output, string sheetName)
    {
        _pending = new PendingOutput(output);
        _zip = new ZipArchive(_pending, ZipArchiveMode.Create, leaveOpen: true);
        XlsxParts.Write(_zip, sheetName);
        // Rows repeat the same markup: the default level makes the sheet little more than half the size the fastest one does.
        _entry = _zip.CreateEntry(XlsxParts.SheetPath, CompressionLevel.Optimal).Open();
        _sheet = new StreamWriter(_entry, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 16 * 1024);
        _sheet.Write(XlsxParts.SheetStart);
    }

    public override Task HeaderAsync(IReadOnlyList<string> headers, IReadOnlyList<CellKind> kinds, CancellationToken ct)
    {
        _kinds = kinds;
        _columns = [.. Enumerable.Range(0, headers.Count).Select(ColumnName)];
        WriteRow([.. headers], CellKind.Text);
        return _pending.DrainAsync(all: false, ct);
    }

    public override Task RowAsync(IReadOnlyList<object?> cells, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        WriteRow(cells, null);
        return _pending.DrainAsync(all: false, ct);
    }

    public override async Task CompleteAsync(CancellationToken ct)
    {
        _sheet.Write(XlsxParts.SheetEnd);
        await _sheet.DisposeAsync();
        await _entry.DisposeAsync();
        // Closing the archive writes its central directory, the last thing a reader needs.
        _zip.Dispose();
        _complete = true;
        await _pending.DrainAsync(all: true, ct);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!_complete)
        {
            // A failed export: the download is cut, so what is left is only let go of, never sent.
            await _sheet.DisposeAsync();
            await _entry.DisposeAsync();
            _zip.Dispose();
        }
        await _pending.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>A, B, … Z, AA, AB, …: the column part of a cell's reference.</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    private void WriteRow(IReadOnlyList<object?> cells, CellKind? all)
    {
        _row++;
        Span<char> number = stackalloc char[32];
        _row.TryFormat(number, out var rowLength, provider: CultureInfo.InvariantCulture);
        var row = number[..rowLength].ToString();
        _sheet.Write("<row r=\"");
        _sheet.Write(row);
        _sheet.Write("\">");
        for (var i = 0; i < cells.Count; i++)
        {
            Cell(_columns[i] + row, cells[i], all ?? _kinds[i], number);
        }
        _sheet.Write("</row>");
    }

    private void Cell(string reference, object? value, CellKind kind, Span<char> number)
    {
        _sheet.Write("<c r=\"");
        _sheet.Write(reference);
        if (value is null)
        {
            // An empty cell is still written, so a reader going by position finds each column where its header is.
            _sheet.Write("\"/>");
            return;
        }
        var length = (value, kind) switch
        {
            (DateTime at, CellKind.DateTime) when at.ToOADate().TryFormat(number, out var n, "R", CultureInfo.InvariantCulture) => n,
            (decimal d, CellKind.Number) when d.TryFormat(number, out var n, provider: CultureInfo.InvariantCulture) => n,
            (double d, CellKind.Number) when d.TryFormat(number, out var n, "R", CultureInfo.InvariantCulture) => n,
            (long l, CellKind.Number) when l.TryFormat(number, out var n, provider: CultureInfo.InvariantCulture) => n,
            (int l, CellKind.Number) when l.TryFormat(number, out var n, provider: CultureInfo.InvariantCulture) => n,
            _ => -1,
        };
        if (length >= 0)
        {
            _sheet.Write(value is DateTime ? "\" s=\"1\"><v>" : "\"><v>");
            _sheet.Write(number[..length]);
            _sheet.Write("</v></c>");
            return;
        }
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        // Leading or trailing spaces are kept only when the text says so.
        _sheet.Write(text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
            ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
            : "\" t=\"inlineStr\"><is><t>");
        XmlText.Write(_sheet, text);
        _sheet.Write("</t></is></c>");
    }
}
