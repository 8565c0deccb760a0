using System.Text;
using DocumentFormat.OpenXml;
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

    /// <summary>
    /// A large workbook read as a stream of elements, never as one tree: its first row's texts, how many rows
    /// follow it, and the texts of the last.
    /// </summary>
    public static (List<string> Header, int Rows, List<string> Last) Scan(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        using var reader = OpenXmlReader.Create(document.WorkbookPart!.WorksheetParts.Single());
        List<string>? header = null;
        var (rows, last) = (0, new List<string>());
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                var cells = ((Row)reader.LoadCurrentElement()!).Elements<Cell>().Select(Text).ToList();
                if (header is null)
                {
                    header = cells;
                    continue;
                }
                (rows, last) = (rows + 1, cells);
            }
        }
        return (header ?? [], rows, last);
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
