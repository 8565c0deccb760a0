namespace OpsBoard.Documents;

/// <summary>How PDFs are produced: where the fonts they are set in are.</summary>
public sealed class PdfOptions
{
    /// <summary>The folder with the DejaVu TrueType fonts every document is set in.</summary>
    public string FontDirectory { get; set; } = "/usr/share/fonts/truetype/dejavu";
}
