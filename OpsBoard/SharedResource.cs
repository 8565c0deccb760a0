namespace OpsBoard;

/// <summary>
/// Marker type for <c>IStringLocalizer&lt;SharedResource&gt;</c>: every user-facing string in the app
/// lives in one set of resources (Resources/SharedResource*.resx) so translators work in one place.
/// </summary>
public sealed class SharedResource
{
    private SharedResource()
    {
    }
}
