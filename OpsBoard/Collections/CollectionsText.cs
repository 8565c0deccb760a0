namespace OpsBoard.Collections;

/// <summary>Marker type for <c>IStringLocalizer&lt;CollectionsText&gt;</c>: the collections desk's texts (Resources/CollectionsText*.resx).</summary>
public sealed class CollectionsText
{
    private CollectionsText()
    {
    }
}
