using System.Diagnostics;

namespace OpsBoard.Tests.Documents;

/// <summary>Reads PDFs back with poppler's command-line tools, as someone opening the file would.</summary>
public static class PdfTools
{
    public static async Task<string> Text(byte[] pdf, bool layout = true)
    {
        var file = await Save(pdf);
        try
        {
            return await Run("pdftotext", layout ? $"-layout -enc UTF-8 {file} -" : $"-enc UTF-8 {file} -");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Renders page 1 to PNG and returns its bytes: a file poppler cannot draw is not a valid PDF.</summary>
    public static async Task<byte[]> FirstPagePng(byte[] pdf)
    {
        var file = await Save(pdf);
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

    public static async Task<int> Pages(byte[] pdf)
    {
        var file = await Save(pdf);
        try
        {
            var info = await Run("pdfinfo", file);
            var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
            return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static bool IsPng(byte[] bytes) => bytes.Length > 8 && bytes[0] == 0x89 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N' && bytes[3] == (byte)'G';

    private static async Task<string> Save(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"opsboard-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        return file;
    }

    private static async Task<string> Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {await error}");
        return await output;
    }
}
