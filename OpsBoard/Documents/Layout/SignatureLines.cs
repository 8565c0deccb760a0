using PdfSharp.Drawing;

namespace OpsBoard.Documents.Layout;

/// <summary>Side-by-side lines to sign on, each with who signs under it; kept together on one page.</summary>
public static class SignatureLines
{
    public static void Draw(PdfFlow flow, IReadOnlyList<(string Role, string Name)> signers)
    {
        const double height = 70;
        flow.EnsureSpace(height);
        var gap = 24;
        var width = (flow.Width - (gap * (signers.Count - 1))) / signers.Count;
        var lineY = flow.Y + 40;
        var x = flow.Left;
        foreach (var (role, name) in signers)
        {
            flow.Gfx.DrawLine(new XPen(PdfFonts.Ink, 0.8), x, lineY, x + width, lineY);
            flow.Gfx.DrawString(role, PdfFonts.Bold(8), new XSolidBrush(PdfFonts.Ink), new XPoint(x, lineY + 11), XStringFormats.BaseLineLeft);
            flow.Gfx.DrawString(name, PdfFonts.Regular(8), new XSolidBrush(PdfFonts.Muted), new XPoint(x, lineY + 22), XStringFormats.BaseLineLeft);
            x += width + gap;
        }
        flow.Y += height;
    }
}
