using System.Globalization;
using PdfSharp.Drawing;

namespace OpsBoard.Documents.Layout;

/// <summary>Vertical bars with their values above them and their labels below, scaled to the largest.</summary>
public static class BarChart
{
    public static void Draw(PdfFlow flow, IReadOnlyList<(string Label, int Value)> bars, double height = 140)
    {
        flow.EnsureSpace(height + 30);
        var top = flow.Y + 12;
        var baseline = top + height;
        var max = Math.Max(1, bars.Select(b => b.Value).DefaultIfEmpty(0).Max());
        var slot = flow.Width / Math.Max(1, bars.Count);
        var small = PdfFonts.Regular(6.5);
        var ink = new XSolidBrush(PdfFonts.Ink);
        var muted = new XSolidBrush(PdfFonts.Muted);
        flow.Gfx.DrawLine(new XPen(PdfFonts.Muted, 0.6), flow.Left, baseline, flow.Left + flow.Width, baseline);
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var barHeight = height * value / max;
            var x = flow.Left + (i * slot) + (slot * 0.15);
            if (value > 0)
            {
                flow.Gfx.DrawRectangle(new XSolidBrush(PdfFonts.Accent), x, baseline - barHeight, slot * 0.7, barHeight);
                flow.Gfx.DrawString(value.ToString(CultureInfo.CurrentCulture), small, ink, new XPoint(x + (slot * 0.35), baseline - barHeight - 2), XStringFormats.BaseLineCenter);
            }
            flow.Gfx.DrawString(label, small, muted, new XPoint(x + (slot * 0.35), baseline + 9), XStringFormats.BaseLineCenter);
        }
        flow.Y = baseline + 18;
    }
}
