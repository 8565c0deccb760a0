using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpsBoard.Tests.Exports;

/// <summary>Reads an exported workbook back: each row's cells as text, and the cells' types.</summary>
public static class Workbook
{
    public static List<List<Cell>> Rows(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var part = document.WorkbookPart!.WorksheetParts.Single();
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList())];
    }

    public static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;

    public static string SheetName(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        return document.WorkbookPart!.Workbook.Descendants<Sheet>().Single().Name!.Value!;
    }
}
