using OpsBoard.Documents.Layout;

namespace OpsBoard.Tests.Documents.Layout;

public sealed class DejaVuFontResolverTests
{
    [Fact]
    public void A_folder_without_the_fonts_is_refused_with_the_missing_file_names_and_the_setting_to_change()
    {
        var empty = Directory.CreateTempSubdirectory("opsboard-fonts-").FullName;
        try
        {
            File.Copy("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", Path.Combine(empty, "DejaVuSans.ttf"));
            var error = Assert.Throws<FontsMissingException>(() => new DejaVuFontResolver(empty));
            Assert.Contains("DejaVuSans-Bold.ttf", error.Message);
            Assert.Contains("DejaVuSans-Oblique.ttf", error.Message);
            Assert.DoesNotContain("DejaVuSans.ttf,", error.Message);
            Assert.Contains(empty, error.Message);
            Assert.Contains("OpsBoard:Pdf:FontDirectory", error.Message);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void The_shipped_fonts_resolve_every_face_the_documents_use()
    {
        var resolver = new DejaVuFontResolver("/usr/share/fonts/truetype/dejavu");
        foreach (var (bold, italic) in new[] { (false, false), (true, false), (false, true), (true, true) })
        {
            var face = resolver.ResolveTypeface(DejaVuFontResolver.Family, bold, italic)!.FaceName;
            Assert.NotEmpty(resolver.GetFont(face)!);
        }
        Assert.Null(resolver.ResolveTypeface("Arial", false, false));
    }
}
