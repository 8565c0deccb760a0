namespace OpsBoard.Fx;

/// <summary>Marker for <c>IStringLocalizer&lt;FxText&gt;</c>: the FX desk's screens (Resources/Fx.FxText*.resx).</summary>
public sealed class FxText
{
    private FxText()
    {
    }
}
