using System.Diagnostics;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace OpsBoard.Tests.Documents;

/// <summary>Reads PDFs back as someone opening the file would: the words PdfPig finds, and a page drawn by poppler.</summary>
public static class PdfTools
{
    /// <summary>Words closer than this (in points) to a line's baseline belong to that line.</summary>
    private const double SameLine = 2.0;

    /// <summary>
    /// Every page's text, one printed line a line (words grouped by baseline, read left to right)
    /// and pages separated by a form feed, so a table row reads as one line.
    /// </summary>
    public static Task<string> Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(page => string.Join('\n', Lines(page.GetWords())));
        return Task.FromResult(string.Join('\f', pages));
    }

    /// <summary>What the document says about itself, e.g. its producer line.</summary>
    public static string Producer(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.Information.Producer ?? "";
    }

    /// <summary>Renders page 1 to PNG and returns its bytes: a file poppler cannot draw is not a valid PDF.</summary>
    public static async Task<byte[]> FirstPagePng(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"opsboard-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        var prefix = Path.ChangeExtension(file, null);
        try
        {
            await Run("pdftoppm", $"-png -r 50 -f 1 -l 1 -singlefile {file} {prefix}");
            return await File.ReadAllBytesAsync(prefix + ".png");
        }
        finally
        {
            File.Delete(file);
            File.Delete(prefix + ".png");
        }
    }

    public static Task<int> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Task.FromResult(document.NumberOfPages);
    }

    public static bool IsPng(byte[] bytes) => bytes.Length > 8 && bytes[0] == 0x89 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N' && bytes[3] == (byte)'G';

    private static IEnumerable<string> Lines(IEnumerable<Word> words)
    {
        var lines = new List<(double Baseline, List<Word> Words)>();
        foreach (var word in words.OrderByDescending(Baseline))
        {
            var baseline = Baseline(word);
            if (lines.Count == 0 || Math.Abs(lines[^1].Baseline - baseline) > SameLine)
            {
                lines.Add((baseline, []));
            }
            lines[^1].Words.Add(word);
        }
        return lines.Select(l => l.Words.OrderBy(w => w.BoundingBox.Left).Aggregate(new StringBuilder(), (line, w) =>
            (line.Length > 0 ? line.Append(' ') : line).Append(w.Text)).ToString());
    }

    private static double Baseline(Word word) => word.Letters.Count > 0 ? word.Letters[0].StartBaseLine.Y : word.BoundingBox.Bottom;

    private static async Task<string> Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {await error}");
        return await output;
    }
}
