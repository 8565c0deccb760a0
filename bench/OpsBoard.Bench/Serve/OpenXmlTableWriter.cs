using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpsBoard.Exports;

namespace OpsBoard.Bench.Serve;

/// <summary>
/// The export's baseline: the workbook writer the product used before its exports were streamed. Rows go through
/// <see cref="OpenXmlWriter"/> into a package on a temporary file (the packaging layer keeps each part in memory until
/// the package closes), which is then copied to the output.
/// </summary>
public sealed class OpenXmlTableWriter : TableWriter
{
    /// <summary>Style 1 of <see cref="Styles"/>: a date and time as Excel shows it.</summary>
    private const uint DateStyle = 1;

    private readonly Stream _output;
    private readonly FileStream _file;
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlWriter _sheet;
    private IReadOnlyList<CellKind> _kinds = [];
    private bool _complete;

    public OpenXmlTableWriter(Stream output, string sheetName)
    {
        _output = output;
        _file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        _document = SpreadsheetDocument.Create(_file, SpreadsheetDocumentType.Workbook);
        var workbook = _document.AddWorkbookPart();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var part = workbook.AddNewPart<WorksheetPart>();
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheetName }));
        _sheet = OpenXmlWriter.Create(part);
        _sheet.WriteStartElement(new Worksheet());
        _sheet.WriteStartElement(new SheetData());
    }

    public override Task HeaderAsync(IReadOnlyList<string> headers, IReadOnlyList<CellKind> kinds, CancellationToken ct)
    {
        _kinds = kinds;
        return RowAsync([.. headers], CellKind.Text, ct);
    }

    public override Task RowAsync(IReadOnlyList<object?> cells, CancellationToken ct) => RowAsync(cells, null, ct);

    public override async Task CompleteAsync(CancellationToken ct)
    {
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.Close();
        _document.Dispose();
        _complete = true;
        _file.Position = 0;
        await _file.CopyToAsync(_output, ct);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!_complete)
        {
            _sheet.Dispose();
            _document.Dispose();
        }
        await _file.DisposeAsync();
        await base.DisposeAsync();
    }

    private Task RowAsync(IReadOnlyList<object?> cells, CellKind? all, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        _sheet.WriteStartElement(new Row());
        for (var i = 0; i < cells.Count; i++)
        {
            _sheet.WriteElement(Cell(cells[i], all ?? _kinds[i]));
        }
        _sheet.WriteEndElement();
        return Task.CompletedTask;
    }

    private static Cell Cell(object? value, CellKind kind) => (value, kind) switch
    {
        (null, _) => new Cell(),
        (DateTime at, CellKind.DateTime) => new Cell(new CellValue(at.ToOADate().ToString(CultureInfo.InvariantCulture))) { StyleIndex = DateStyle },
        (decimal or double or long or int, CellKind.Number) => new Cell(new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!)),
        _ => new Cell(new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture)!) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString,
        },
    };

    // The least a workbook needs: one font, the two fills Excel reserves, one border, and the plain and date cell formats.
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 1 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 2 });
}
