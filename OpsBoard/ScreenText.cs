namespace OpsBoard;

/// <summary>
/// Marker type for <c>IStringLocalizer&lt;ScreenText&gt;</c>: the words every screen shares (Resources/ScreenText*.resx).
/// Every set of texts is named the same way: a <c>FeatureText</c> class in its feature's namespace, its
/// resources at Resources/{namespace below OpsBoard}.FeatureText.{culture}.resx.
/// </summary>
public sealed class ScreenText
{
    private ScreenText()
    {
    }
}
