using System.Globalization;
using System.Resources;
using System.Text.Unicode;

namespace OpsBoard.Files;

/// <summary>A kind of file OpsBoard keeps: its name for people, its media type and the name endings it goes by.</summary>
public sealed record FileType(string Name, string MediaType, IReadOnlyList<string> Extensions);

/// <summary>
/// Tells a file's type by its first bytes, never by its name or the type the browser declared, and
/// keeps only documents, images and videos (a claim's evidence is often a phone's video): what a browser
/// would run or render (programs, HTML, SVG, scripts, archives, office files with macros) is not on the
/// list, so it is never stored.
/// </summary>
public static class FileTypes
{
    /// <summary>How many leading bytes <see cref="Sniff"/> needs to tell every type apart.</summary>
    public const int HeadLength = 512;

    public static readonly FileType Pdf = new("PDF", "application/pdf", [".pdf"]);
    public static readonly FileType Png = new("PNG", "image/png", [".png"]);
    public static readonly FileType Jpeg = new("JPEG", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly FileType Tiff = new("TIFF", "image/tiff", [".tif", ".tiff"]);
    public static readonly FileType WebP = new("WebP", "image/webp", [".webp"]);
    public static readonly FileType Heic = new("HEIC", "image/heic", [".heic", ".heif"]);
    public static readonly FileType Text = new("plain text", "text/plain", [".txt"]);
    public static readonly FileType Mp4 = new("MP4", "video/mp4", [".mp4", ".m4v"]);
    public static readonly FileType QuickTime = new("QuickTime", "video/quicktime", [".mov"]);
    public static readonly FileType WebM = new("WebM", "video/webm", [".webm"]);

    public static IReadOnlyList<FileType> Accepted { get; } = [Pdf, Png, Jpeg, Tiff, WebP, Heic, Text, Mp4, QuickTime, WebM];

    /// <summary>The accepted name endings, for a file picker's <c>accept</c>: a hint to the browser, the content still decides.</summary>
    public static string Endings { get; } = string.Join(",", Accepted.SelectMany(t => t.Extensions));

    private static readonly string[] HeifBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"];

    // The major brands phones and cameras write in an MP4's first box; QuickTime's own is "qt  ".
    private static readonly string[] Mp4Brands = ["isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VH", "M4VP", "dash", "MSNV"];

    // Printable ASCII, tab and line ends, and every byte of a multi-byte UTF-8 character.
    private static readonly System.Buffers.SearchValues<byte> Allowed = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0x20, 0x5F).Select(b => (byte)b), .. Enumerable.Range(0x80, 0x80).Select(b => (byte)b), (byte)'\t', (byte)'\n', (byte)'\r', (byte)'\f']);

    private static readonly ResourceManager Texts = new("OpsBoard.Resources.Files.FileText", typeof(FileTypes).Assembly);

    /// <summary>The accepted type these leading bytes begin, or null for anything else.</summary>
    public static FileType? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return Tiff;
        }
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = System.Text.Encoding.ASCII.GetString(head[8..12]);
            return HeifBrands.Contains(brand) ? Heic : Mp4Brands.Contains(brand) ? Mp4 : brand == "qt  " ? QuickTime : null;
        }
        // Matroska's EBML header, whose document type says WebM.
        if (head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return head.IndexOf("webm"u8) > 0 ? WebM : null;
        }
        return IsPlainText(head) ? Text : null;
    }

    /// <summary>Why a file of this name and these leading bytes is not kept, in the reader's language; null when it is.</summary>
    public static string? Refusal(string fileName, ReadOnlySpan<byte> head)
    {
        var name = Path.GetFileName(fileName);
        if (Sniff(head) is not { } type)
        {
            return Format("TypeNotAccepted", name, string.Join(", ", Accepted.Select(t => t.Name)));
        }
        var extension = Path.GetExtension(name).ToLowerInvariant();
        return type.Extensions.Contains(extension) ? null : Format("NameDisagrees", name, type.Name, string.Join(" ", type.Extensions));
    }

    /// <summary>The leading bytes of a stream that can seek, which is then put back where it was for the whole read.</summary>
    public static async Task<byte[]> PeekAsync(Stream content, CancellationToken ct)
    {
        var start = content.Position;
        var head = new byte[HeadLength];
        var read = await content.ReadAtLeastAsync(head, HeadLength, throwOnEndOfStream: false, ct);
        content.Position = start;
        return head[..read];
    }

    /// <summary>
    /// Plain text is UTF-8 without control characters that does not open as markup or a script:
    /// a browser sniffing "text" that starts with a tag would render it as HTML or SVG.
    /// </summary>
    private static bool IsPlainText(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return false;
        }
        var body = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        // The head may cut a character in two at its end.
        var whole = false;
        for (var cut = 0; cut <= 3 && cut < body.Length && !whole; cut++)
        {
            whole = Utf8.IsValid(body[..^cut]) && (cut == 0 || head.Length >= HeadLength);
        }
        if (!whole || body.IndexOfAnyExcept(Allowed) >= 0)
        {
            return false;
        }
        var start = body.TrimStart(" \t\r\n\f"u8);
        return !start.StartsWith("<"u8) && !start.StartsWith("#!"u8);
    }

    private static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Texts.GetString(key, CultureInfo.CurrentUICulture) ?? key, args);
}
