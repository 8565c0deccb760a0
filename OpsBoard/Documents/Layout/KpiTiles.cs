using PdfSharp.Drawing;

namespace OpsBoard.Documents.Layout;

/// <summary>A row (or rows) of boxed headline numbers with their labels.</summary>
public static class KpiTiles
{
    private const double Height = 46;
    private const double Gap = 8;

    public static void Draw(PdfFlow flow, IReadOnlyList<(string Label, string Value)> tiles, int perRow = 4)
    {
        var width = (flow.Width - (Gap * (perRow - 1))) / perRow;
        for (var start = 0; start < tiles.Count; start += perRow)
        {
            flow.EnsureSpace(Height + Gap);
            var x = flow.Left;
            foreach (var (label, value) in tiles.Skip(start).Take(perRow))
            {
                flow.Gfx.DrawRoundedRectangle(new XPen(PdfFonts.Rule, 0.8), new XSolidBrush(PdfFonts.Shade), x, flow.Y, width, Height, 6, 6);
                flow.Gfx.DrawString(value, PdfFonts.Bold(15), new XSolidBrush(PdfFonts.Accent), new XPoint(x + 8, flow.Y + 22), XStringFormats.BaseLineLeft);
                var caption = TextBlock.Wrap(flow.Gfx, label, PdfFonts.Regular(7.5), width - 16)[0];
                flow.Gfx.DrawString(caption, PdfFonts.Regular(7.5), new XSolidBrush(PdfFonts.Muted), new XPoint(x + 8, flow.Y + 37), XStringFormats.BaseLineLeft);
                x += width + Gap;
            }
            flow.Y += Height + Gap;
        }
    }
}
