using Microsoft.Extensions.Localization;

namespace OpsBoard.Components.Kit;

/// <summary>A role's or area's name in the reader's language (ScreenText <c>Role{Name}</c>), its own name spaced out when untranslated.</summary>
public static class RoleNames
{
    public static string Of(IStringLocalizer<ScreenText> localizer, string role) =>
        localizer["Role" + role] is { ResourceNotFound: false } name ? name : OpsBoard.Domain.WorkflowText.Humanize(role);

    public static string Join(IStringLocalizer<ScreenText> localizer, IEnumerable<string> roles) =>
        string.Join(", ", roles.Select(r => Of(localizer, r)));
}
