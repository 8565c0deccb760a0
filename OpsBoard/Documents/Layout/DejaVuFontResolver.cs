using PdfSharp.Fonts;

namespace OpsBoard.Documents.Layout;

/// <summary>
/// PDFsharp reads no system fonts on Linux: every face our documents use comes from the DejaVu
/// files, which cover Latin with accents and Cyrillic. Anything else falls back to PDFsharp's own.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly Dictionary<string, string> Faces = new(StringComparer.Ordinal)
    {
        ["DejaVuSans"] = "DejaVuSans.ttf",
        ["DejaVuSans-Bold"] = "DejaVuSans-Bold.ttf",
        ["DejaVuSans-Oblique"] = "DejaVuSans-Oblique.ttf",
        ["DejaVuSans-BoldOblique"] = "DejaVuSans-BoldOblique.ttf",
    };

    private readonly Dictionary<string, byte[]> _bytes;

    public DejaVuFontResolver(string directory)
    {
        var missing = Faces.Values.Where(f => !File.Exists(Path.Combine(directory, f))).ToList();
        if (missing.Count > 0)
        {
            throw new FontsMissingException(
                $"PDF documents need the DejaVu fonts in '{directory}' (Debian package fonts-dejavu-core); missing: " +
                $"{string.Join(", ", missing)}. Install them or point OpsBoard:Pdf:FontDirectory at a folder that has them.");
        }
        _bytes = Faces.ToDictionary(f => f.Key, f => File.ReadAllBytes(Path.Combine(directory, f.Value)), StringComparer.Ordinal);
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!familyName.StartsWith("DejaVu", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var face = (bold, italic) switch
        {
            (true, true) => "DejaVuSans-BoldOblique",
            (true, false) => "DejaVuSans-Bold",
            (false, true) => "DejaVuSans-Oblique",
            _ => "DejaVuSans",
        };
        return new FontResolverInfo(face);
    }

    public byte[]? GetFont(string faceName) => _bytes.GetValueOrDefault(faceName);
}

/// <summary>The fonts the documents are set in are not on this machine.</summary>
public sealed class FontsMissingException(string message) : Exception(message);
