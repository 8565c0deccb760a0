using PdfSharp.Drawing;

namespace OpsBoard.Documents.Layout;

/// <summary>A column: its header, its share of the table's width, and whether numbers line up right.</summary>
public sealed record PdfColumn(string Header, double Weight = 1, bool AlignRight = false);

/// <summary>A table whose cells wrap and whose header row repeats at the top of every page it spans.</summary>
public sealed class PdfTable(IReadOnlyList<PdfColumn> columns)
{
    private const double Pad = 3;
    private readonly XFont _headerFont = PdfFonts.Bold(8);
    private readonly XFont _cellFont = PdfFonts.Regular(8);

    public void Draw(PdfFlow flow, IEnumerable<IReadOnlyList<string>> rows)
    {
        var widths = Widths(flow.Width);
        flow.EnsureSpace(RowHeight(flow, Headers, widths, _headerFont) * 2);
        DrawRow(flow, Headers, widths, _headerFont, header: true);
        var previous = flow.OnPageBreak;
        flow.OnPageBreak = f => DrawRow(f, Headers, widths, _headerFont, header: true);
        try
        {
            var shade = false;
            foreach (var row in rows)
            {
                var height = RowHeight(flow, row, widths, _cellFont);
                flow.EnsureSpace(height);
                if (shade)
                {
                    flow.Gfx.DrawRectangle(new XSolidBrush(PdfFonts.Shade), flow.Left, flow.Y, flow.Width, height);
                }
                DrawRow(flow, row, widths, _cellFont, header: false);
                shade = !shade;
            }
        }
        finally
        {
            flow.OnPageBreak = previous;
        }
        flow.Space(6);
    }

    private IReadOnlyList<string> Headers => columns.Select(c => c.Header).ToList();

    private double[] Widths(double total)
    {
        var sum = columns.Sum(c => c.Weight);
        return columns.Select(c => total * c.Weight / sum).ToArray();
    }

    private static double RowHeight(PdfFlow flow, IReadOnlyList<string> cells, double[] widths, XFont font) =>
        (cells.Select((c, i) => TextBlock.Wrap(flow.Gfx, c, font, widths[i] - (2 * Pad)).Count).DefaultIfEmpty(1).Max()
            * TextBlock.LineHeight(font)) + (2 * Pad);

    private void DrawRow(PdfFlow flow, IReadOnlyList<string> cells, double[] widths, XFont font, bool header)
    {
        var height = RowHeight(flow, cells, widths, font);
        if (header)
        {
            flow.Gfx.DrawRectangle(new XSolidBrush(PdfFonts.Rule), flow.Left, flow.Y, flow.Width, height);
        }
        var x = flow.Left;
        var ink = new XSolidBrush(PdfFonts.Ink);
        for (var i = 0; i < columns.Count; i++)
        {
            var y = flow.Y + Pad;
            foreach (var line in TextBlock.Wrap(flow.Gfx, i < cells.Count ? cells[i] : string.Empty, font, widths[i] - (2 * Pad)))
            {
                var right = columns[i].AlignRight;
                flow.Gfx.DrawString(line, font, ink, new XPoint(right ? x + widths[i] - Pad : x + Pad, y + font.Size),
                    right ? XStringFormats.BaseLineRight : XStringFormats.BaseLineLeft);
                y += TextBlock.LineHeight(font);
            }
            x += widths[i];
        }
        flow.Gfx.DrawLine(new XPen(PdfFonts.Rule, 0.5), flow.Left, flow.Y + height, flow.Left + flow.Width, flow.Y + height);
        flow.Y += height;
    }
}
