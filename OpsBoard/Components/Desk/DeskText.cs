namespace OpsBoard.Components.Desk;

/// <summary>
/// Marker for the words of an agent's desk tools (the new item dialog, keyboard keys, who else has an item open):
/// Resources/Components.Desk.DeskText*.resx.
/// </summary>
public sealed class DeskText
{
    private DeskText()
    {
    }
}
