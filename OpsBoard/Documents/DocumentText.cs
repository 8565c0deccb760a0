namespace OpsBoard.Documents;

/// <summary>Marker for <c>IStringLocalizer&lt;DocumentText&gt;</c>: the words of the PDFs and the Reports page (Resources/Documents.DocumentText*.resx).</summary>
public sealed class DocumentText
{
    private DocumentText()
    {
    }
}
