using System.IO.Compression;
using System.Security;
using System.Text;

namespace OpsBoard.Exports.Xlsx;

/// <summary>
/// The parts of a one-sheet workbook other than the sheet itself: the package's content types and relationships,
/// the workbook naming its sheet, and the styles (style 1 is a date and time). Small, so written whole.
/// </summary>
public static class XlsxParts
{
    public const string SheetPath = "xl/worksheets/sheet1.xml";

    /// <summary>The cell style of a date and time.</summary>
    public const int DateStyle = 1;

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string PackageRels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DocumentRels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string OfficeType = "application/vnd.openxmlformats-officedocument.spreadsheetml";

    public static void Write(ZipArchive zip, string sheetName)
    {
        Part(zip, "[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + $"<Override PartName=\"/xl/workbook.xml\" ContentType=\"{OfficeType}.sheet.main+xml\"/>"
            + $"<Override PartName=\"/{SheetPath}\" ContentType=\"{OfficeType}.worksheet+xml\"/>"
            + $"<Override PartName=\"/xl/styles.xml\" ContentType=\"{OfficeType}.styles+xml\"/>"
            + "</Types>");
        Part(zip, "_rels/.rels",
            $"<Relationships xmlns=\"{PackageRels}\">"
            + $"<Relationship Id=\"rId1\" Type=\"{DocumentRels}/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
        Part(zip, "xl/_rels/workbook.xml.rels",
            $"<Relationships xmlns=\"{PackageRels}\">"
            + $"<Relationship Id=\"rId1\" Type=\"{DocumentRels}/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + $"<Relationship Id=\"rId2\" Type=\"{DocumentRels}/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>");
        Part(zip, "xl/workbook.xml",
            $"<workbook xmlns=\"{Main}\" xmlns:r=\"{DocumentRels}\"><sheets>"
            + $"<sheet name=\"{SecurityElement.Escape(sheetName)}\" sheetId=\"1\" r:id=\"rId1\"/>"
            + "</sheets></workbook>");
        // The least a workbook needs: one font, the two fills Excel reserves, one border, and the plain and date cell formats.
        Part(zip, "xl/styles.xml",
            $"<styleSheet xmlns=\"{Main}\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm\"/></numFmts>"
            + "<fonts count=\"1\"><font/></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border/></borders>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
            + "</styleSheet>");
    }

    /// <summary>The sheet's opening, up to where its rows go.</summary>
    public static string SheetStart => $"{Declaration}<worksheet xmlns=\"{Main}\"><sheetData>";

    public const string SheetEnd = "</sheetData></worksheet>";

    private static void Part(ZipArchive zip, string path, string xml)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(Declaration + xml));
    }
}
