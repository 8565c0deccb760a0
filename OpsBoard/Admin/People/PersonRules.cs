using System.Text.RegularExpressions;
using OpsBoard.Auth;
using OpsBoard.Components.Kit;

namespace OpsBoard.Admin.People;

/// <summary>What a person's name, roles and culture must be; each broken rule is told per field, in the reader's language.</summary>
public static partial class PersonRules
{
    public const int DisplayNameLength = 128;

    public static IReadOnlyList<string> Assignable { get; } = [.. Roles.All, .. Roles.AllAreas];

    public static string NormalizeUserName(string? userName) => (userName ?? string.Empty).Trim().ToLowerInvariant();

    public static void CheckUserName(string userName, Dictionary<string, string[]> errors)
    {
        if (!UserNamePattern().IsMatch(userName))
        {
            errors["userName"] = [PeopleText.Get("UserNameInvalid")];
        }
    }

    public static void CheckDisplayName(string? displayName, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > DisplayNameLength)
        {
            errors["displayName"] = [PeopleText.Format("DisplayNameRequired", DisplayNameLength)];
        }
    }

    /// <summary>Roles as stored: known ones only, each once, with at least one role besides areas.</summary>
    public static IReadOnlyList<string> CheckRoles(IReadOnlyList<string>? roles, Dictionary<string, string[]> errors)
    {
        var given = (roles ?? []).Select(r => (r ?? string.Empty).Trim()).ToList();
        var unknown = given.Where(r => !Assignable.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            errors["roles"] = [PeopleText.Format("RoleUnknown", string.Join(", ", unknown), string.Join(", ", Assignable))];
            return [];
        }
        var known = Assignable.Where(a => given.Contains(a, StringComparer.OrdinalIgnoreCase)).ToList();
        if (!known.Any(Roles.All.Contains))
        {
            errors["roles"] = [PeopleText.Format("RoleRequired", string.Join(", ", Roles.All))];
        }
        return known;
    }

    public static string? CheckCulture(string? culture, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(culture))
        {
            return null;
        }
        var known = UiKitExtensions.SupportedCultures.FirstOrDefault(c => string.Equals(c, culture.Trim(), StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            errors["culture"] = [PeopleText.Format("CultureUnknown", string.Join(", ", UiKitExtensions.SupportedCultures))];
        }
        return known;
    }

    public static void CheckPassword(string userName, string? password, Dictionary<string, string[]> errors)
    {
        if (PasswordPolicy.Check(userName, password) is { Count: > 0 } reasons)
        {
            errors["password"] = [.. reasons];
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}$")]
    private static partial Regex UserNamePattern();
}
