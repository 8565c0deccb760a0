using OpsBoard.Documents.Layout;
using PdfSharp.Fonts;
using PdfSharp.Snippets.Font;

namespace OpsBoard.Documents;

/// <summary>
/// PDFsharp's process-wide settings: the font resolver. PDFsharp accepts
/// a resolver only once per process, so the first configuration wins for every host in it.
/// </summary>
public static class PdfSetup
{
    private static readonly Lock Gate = new();
    private static bool _done;

    public static void Apply(PdfOptions options)
    {
        lock (Gate)
        {
            if (_done)
            {
                return;
            }
            GlobalFontSettings.FontResolver = new DejaVuFontResolver(options.FontDirectory);
            GlobalFontSettings.FallbackFontResolver = new FailsafeFontResolver();
            _done = true;
        }
    }
}
