using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OpsBoard.Documents.Layout;

/// <summary>
/// A document laid out from top to bottom on A4 pages: the helpers draw at <see cref="Y"/> and
/// ask for room first, and a new page starts when the current one is full.
/// </summary>
public sealed partial class PdfFlow : IDisposable
{
    public const double Margin = 42;
    private const double FooterHeight = 24;
    private readonly PdfDocument _document = new();
    private readonly DocumentInfo _info;
    private XGraphics? _gfx;

    public PdfFlow(DocumentInfo info)
    {
        _info = info;
        NewPage();
    }

    public XGraphics Gfx => _gfx!;

    public double Y { get; set; }

    public double Left => Margin;

    public double Width => Page.Width.Point - (2 * Margin);

    public double Bottom => Page.Height.Point - Margin - FooterHeight;

    public int PageCount => _document.PageCount;

    /// <summary>Called after each page break, e.g. to repeat a table's header.</summary>
    public Action<PdfFlow>? OnPageBreak { get; set; }

    private PdfPage Page => _document.Pages[_document.PageCount - 1];

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public bool EnsureSpace(double height)
    {
        if (Y + height <= Bottom)
        {
            return false;
        }
        NewPage();
        OnPageBreak?.Invoke(this);
        return true;
    }

    public void Space(double points) => Y = Math.Min(Y + points, Bottom);

    public void NewPage()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    /// <summary>
    /// Stamps "page X of Y" and the document's title on every page and writes the file. The
    /// metadata and file identifiers come from the document's content only, so the same data
    /// gives the same bytes.
    /// </summary>
    public byte[] Save(Func<int, int, string> pageOfPages)
    {
        _gfx?.Dispose();
        _gfx = null;
        var total = _document.PageCount;
        for (var n = 0; n < total; n++)
        {
            using var gfx = XGraphics.FromPdfPage(_document.Pages[n], XGraphicsPdfPageOptions.Append);
            var y = _document.Pages[n].Height.Point - Margin;
            var font = PdfFonts.Regular(7.5);
            var brush = new XSolidBrush(PdfFonts.Muted);
            gfx.DrawLine(new XPen(PdfFonts.Rule, 0.5), Margin, y - 10, _document.Pages[n].Width.Point - Margin, y - 10);
            gfx.DrawString(_info.Title, font, brush, new XPoint(Margin, y), XStringFormats.BaseLineLeft);
            gfx.DrawString(pageOfPages(n + 1, total), font, brush, new XPoint(_document.Pages[n].Width.Point - Margin, y), XStringFormats.BaseLineRight);
        }
        _document.Info.Title = _info.Title;
        _document.Info.Author = _info.Author;
        _document.Info.Subject = _info.Subject;
        _document.Info.Creator = "OpsBoard";
        _document.Info.CreationDate = _info.At.UtcDateTime;
        _document.Info.ModificationDate = _info.At.UtcDateTime;
        var id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{_info.Title}|{_info.Subject}|{_info.At:O}")))[..32];
        _document.Internals.FirstDocumentID = id;
        _document.Internals.SecondDocumentID = id;
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return FixedIdentifiers(stream.ToArray(), id);
    }

    /// <summary>
    /// PDFsharp names each embedded font subset with six random capitals ("/KQWXYZ+DejaVuSans") and
    /// gives the XMP metadata random uuids; we replace them, in order of appearance, with values of
    /// the same length derived from the content, so no byte offset moves.
    /// </summary>
    private static byte[] FixedIdentifiers(byte[] pdf, string id)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var fixedText = SubsetTag().Replace(text, m =>
        {
            if (!tags.TryGetValue(m.Groups[1].Value, out var tag))
            {
                tag = tags[m.Groups[1].Value] = "OPSBD" + (char)('A' + (tags.Count % 26));
            }
            return $"/{tag}+";
        });
        var uuids = 0;
        fixedText = XmpUuid().Replace(fixedText, _ => $"uuid:{new Guid(Convert.FromHexString(id[..30] + (uuids++ % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture)))}");
        return Encoding.Latin1.GetBytes(fixedText);
    }

    [GeneratedRegex("uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex XmpUuid();

    [GeneratedRegex(@"/([A-Z]{6})\+(?=DejaVu)")]
    private static partial Regex SubsetTag();

    public void Dispose()
    {
        _gfx?.Dispose();
        _document.Dispose();
    }
}

/// <summary>What a document says about itself; <see cref="At"/> is the moment its data describes, not when it was drawn.</summary>
public sealed record DocumentInfo(string Title, string Subject, string Author, DateTimeOffset At);
