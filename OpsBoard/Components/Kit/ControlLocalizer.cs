using Microsoft.Extensions.Localization;
using MudBlazor;

namespace OpsBoard.Components.Kit;

/// <summary>
/// Gives MudBlazor our translations of its controls' words; a key we have not translated answers "not found",
/// so MudBlazor falls back to its own English.
/// </summary>
public sealed class ControlLocalizer(IStringLocalizer<ControlText> words) : MudLocalizer
{
    public override LocalizedString this[string key] => words[key];

    // MudBlazor asks with no arguments for texts that hold its own {named} slots, which string.Format would refuse.
    public override LocalizedString this[string key, params object[] arguments] =>
        arguments.Length == 0 ? words[key] : words[key, arguments];
}
