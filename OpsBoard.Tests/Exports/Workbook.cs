using System.Text;
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

    /// <summary>A CSV export's text, checked to be CSV in UTF-8 with its byte order mark.</summary>
    public static async Task<string> Csv(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    /// <summary>An XLSX export's bytes, checked to be a workbook under an .xlsx name.</summary>
    public static async Task<byte[]> Xlsx(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
