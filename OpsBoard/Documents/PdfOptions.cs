namespace OpsBoard.Documents;

/// <summary>How PDFs are produced: which PDFsharp license the deployment accepts, and where the fonts are.</summary>
public sealed class PdfOptions
{
    public const string Agpl = "AGPL";

    /// <summary><c>AGPL</c> (the default) or a PDFsharp commercial license key.</summary>
    public string License { get; set; } = Agpl;

    /// <summary>The folder with the DejaVu TrueType fonts every document is set in.</summary>
    public string FontDirectory { get; set; } = "/usr/share/fonts/truetype/dejavu";
}
