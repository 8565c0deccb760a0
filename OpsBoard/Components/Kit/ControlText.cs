namespace OpsBoard.Components.Kit;

/// <summary>
/// Marker for the words MudBlazor's own controls show (pager, close buttons, date picker), in our four
/// languages: Resources/Components.Kit.ControlText*.resx, keyed as MudBlazor names them.
/// </summary>
public sealed class ControlText
{
    private ControlText()
    {
    }
}
