using PdfSharp.Drawing;

namespace OpsBoard.Documents.Layout;

/// <summary>The few faces and colours every document uses, so they all look like one family.</summary>
public static class PdfFonts
{
    public static XFont Regular(double size = 9) => new(DejaVuFontResolver.Family, size, XFontStyleEx.Regular);

    public static XFont Bold(double size = 9) => new(DejaVuFontResolver.Family, size, XFontStyleEx.Bold);

    public static XFont Italic(double size = 9) => new(DejaVuFontResolver.Family, size, XFontStyleEx.Italic);

    public static readonly XColor Ink = XColor.FromArgb(33, 37, 41);

    public static readonly XColor Muted = XColor.FromArgb(108, 117, 125);

    public static readonly XColor Accent = XColor.FromArgb(13, 110, 253);

    public static readonly XColor Rule = XColor.FromArgb(206, 212, 218);

    public static readonly XColor Shade = XColor.FromArgb(241, 243, 245);
}
