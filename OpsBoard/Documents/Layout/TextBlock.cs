using PdfSharp.Drawing;

namespace OpsBoard.Documents.Layout;

/// <summary>Text that wraps at word boundaries (and inside words too long for the line).</summary>
public static class TextBlock
{
    public static IReadOnlyList<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (gfx.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
                line = word;
                while (line.Length > 1 && gfx.MeasureString(line, font).Width > width)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && gfx.MeasureString(line[..fit], font).Width > width)
                    {
                        fit--;
                    }
                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    public static double LineHeight(XFont font) => font.Size * 1.3;

    /// <summary>Draws a wrapped paragraph at the flow's cursor, breaking pages between lines.</summary>
    public static void Paragraph(PdfFlow flow, string text, XFont font, XColor? color = null, double indent = 0)
    {
        var brush = new XSolidBrush(color ?? PdfFonts.Ink);
        foreach (var line in Wrap(flow.Gfx, text, font, flow.Width - indent))
        {
            flow.EnsureSpace(LineHeight(font));
            flow.Gfx.DrawString(line, font, brush, new XPoint(flow.Left + indent, flow.Y + font.Size), XStringFormats.BaseLineLeft);
            flow.Y += LineHeight(font);
        }
    }

    public static void Heading(PdfFlow flow, string text, double size = 12)
    {
        // Keep a heading with at least a few lines of what follows it.
        flow.EnsureSpace(LineHeight(PdfFonts.Bold(size)) + 60);
        flow.Space(6);
        Paragraph(flow, text, PdfFonts.Bold(size), PdfFonts.Ink);
        flow.Space(2);
    }

    /// <summary>Label: value lines, the labels in a column of their own.</summary>
    public static void Pairs(PdfFlow flow, IEnumerable<(string Label, string Value)> pairs, double labelWidth = 140)
    {
        var label = PdfFonts.Bold();
        var value = PdfFonts.Regular();
        foreach (var (name, text) in pairs)
        {
            var lines = Wrap(flow.Gfx, text, value, flow.Width - labelWidth);
            flow.EnsureSpace(LineHeight(value) * lines.Count);
            flow.Gfx.DrawString(name, label, new XSolidBrush(PdfFonts.Muted), new XPoint(flow.Left, flow.Y + label.Size), XStringFormats.BaseLineLeft);
            foreach (var line in lines)
            {
                flow.Gfx.DrawString(line, value, new XSolidBrush(PdfFonts.Ink), new XPoint(flow.Left + labelWidth, flow.Y + value.Size), XStringFormats.BaseLineLeft);
                flow.Y += LineHeight(value);
            }
        }
    }
}
