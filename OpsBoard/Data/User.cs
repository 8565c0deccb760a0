namespace OpsBoard.Data;

/// <summary>Someone who signs in. Roles are stored comma-separated; areas will be roles too.</summary>
public sealed class User
{
    private User()
    {
        UserName = DisplayName = PasswordHash = RolesText = string.Empty;
    }

    public long Id { get; private set; }

    public string UserName { get; private set; }

    public string DisplayName { get; private set; }

    public string PasswordHash { get; private set; }

    public string RolesText { get; private set; }

    public string? Culture { get; private set; }

    public IReadOnlyList<string> Roles => RolesText.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static User Create(string userName, string displayName, IEnumerable<string> roles, string? culture = null) => new()
    {
        UserName = userName,
        DisplayName = displayName,
        RolesText = string.Join(',', roles),
        Culture = culture,
    };

    public void SetPasswordHash(string hash) => PasswordHash = hash;
}
