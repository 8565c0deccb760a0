using System.Text;
using OpsBoard.Files;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Files;

public class FileTypesTests
{
    /// <summary>The first bytes of real files of each kind, as a scanner, a camera or a text editor writes them.</summary>
    public static TheoryData<string, byte[], string> Accepted => new()
    {
        { "scan.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), "application/pdf" },
        { "photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], "image/png" },
        { "photo.JPG", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01], "image/jpeg" },
        { "fax.tif", [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00], "image/tiff" },
        { "fax.tiff", [0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08], "image/tiff" },
        { "phone.webp", [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WEBPVP8 "u8], "image/webp" },
        { "iphone.heic", [0x00, 0x00, 0x00, 0x18, .. "ftypheic"u8, 0x00, 0x00, 0x00, 0x00, .. "mif1heic"u8], "image/heic" },
        { "notes.txt", Encoding.UTF8.GetBytes("Cliente pediu coleta às 9h; vistoria ok.\r\nПроверка пройдена.\n"), "text/plain" },
        { "damage.mp4", [0x00, 0x00, 0x00, 0x20, .. "ftypisom"u8, 0x00, 0x00, 0x02, 0x00, .. "isomiso2avc1mp41"u8], "video/mp4" },
        { "android.mp4", [0x00, 0x00, 0x00, 0x18, .. "ftypmp42"u8, 0x00, 0x00, 0x00, 0x00, .. "isommp42"u8], "video/mp4" },
        { "IMG_0042.MOV", [0x00, 0x00, 0x00, 0x14, .. "ftypqt  "u8, 0x00, 0x00, 0x00, 0x00, .. "qt  "u8], "video/quicktime" },
        { "chat.webm", [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0x82, 0x84, .. "webm"u8], "video/webm" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Documents_images_and_videos_are_told_by_their_first_bytes_and_kept_under_their_own_name(string name, byte[] head, string mediaType)
    {
        Assert.Equal(mediaType, FileTypes.Sniff(head)?.MediaType);
        Assert.Null(FileTypes.Refusal(name, head));
    }

    /// <summary>What a browser would run or render, each named as the attacker would like it taken.</summary>
    public static TheoryData<string, byte[]> Hostile => new()
    {
        { "setup.exe", [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00] },
        { "invoice.pdf.exe", [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00] },
        { "page.html", "<!DOCTYPE html><html><script>alert(1)</script></html>"u8.ToArray() },
        { "page.txt", "\n  <html><body onload=alert(1)>"u8.ToArray() },
        { "logo.svg", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray() },
        { "run.txt", "#!/bin/sh\nrm -rf /\n"u8.ToArray() },
        { "macros.docm", [.. "PK"u8, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, .. "word/vbaProject.bin"u8] },
        { "report.zip", [.. "PK"u8, 0x03, 0x04, 0x0A, 0x00] },
        { "binary.txt", [0x41, 0x00, 0x42, 0x00, 0x01, 0x02] },
        { "latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B] },
        { "elf.pdf", [0x7F, .. "ELF"u8, 0x02, 0x01, 0x01] },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Programs_markup_scripts_and_archives_are_refused_whatever_their_name(string name, byte[] head)
    {
        Assert.Null(FileTypes.Sniff(head));
        Assert.Contains(Path.GetFileName(name), FileTypes.Refusal(name, head), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scan.png", "PDF", ".pdf")]
    [InlineData("scan", "PDF", ".pdf")]
    [InlineData("scan.txt", "PDF", ".pdf")]
    public void A_name_that_disagrees_with_the_content_is_refused_with_the_ending_it_should_have(string name, string type, string ending)
    {
        var refusal = FileTypes.Refusal(name, "%PDF-1.4 scan"u8);

        Assert.NotNull(refusal);
        Assert.Contains(type, refusal, StringComparison.Ordinal);
        Assert.Contains(ending, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_whose_first_bytes_cut_a_character_in_two_is_still_text()
    {
        var text = Encoding.UTF8.GetBytes(new string('a', FileTypes.HeadLength - 1) + "ç and more");

        Assert.Equal(FileTypes.Text, FileTypes.Sniff(text.AsSpan(0, FileTypes.HeadLength)));
    }

    [Theory]
    [InlineData("en", "is not a kind of file")]
    [InlineData("pt-BR", "não é um tipo de arquivo")]
    [InlineData("es", "no es un tipo de archivo")]
    [InlineData("ru", "файлы такого типа")]
    public void The_refusal_is_in_the_reader_s_language(string culture, string words)
    {
        using var _ = new UiCulture(culture);

        Assert.Contains(words, FileTypes.Refusal("setup.exe", [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Peeking_puts_the_stream_back_where_it_was()
    {
        using var stream = new MemoryStream("%PDF-1.4 whole file"u8.ToArray());

        var head = await FileTypes.PeekAsync(stream, CancellationToken.None);

        Assert.Equal("%PDF-1.4 whole file"u8.ToArray(), head);
        Assert.Equal(0, stream.Position);
    }
}
