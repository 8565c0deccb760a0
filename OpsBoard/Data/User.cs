namespace OpsBoard.Data;

/// <summary>Someone who signs in. Roles are stored comma-separated; areas are roles too.</summary>
public sealed class User
{
    private User()
    {
        UserName = DisplayName = PasswordHash = RolesText = SecurityStamp = string.Empty;
    }

    public long Id { get; private set; }

    public string UserName { get; private set; }

    public string DisplayName { get; private set; }

    public string PasswordHash { get; private set; }

    public string RolesText { get; private set; }

    public string? Culture { get; private set; }

    /// <summary>A disabled user cannot sign in, and what they already hold (cookie, tokens) stops working.</summary>
    public bool IsDisabled { get; private set; }

    /// <summary>
    /// Carried in every cookie and token; a new one is drawn whenever what a session may do changes
    /// (disabled, roles, password), so sessions made before are refused on their next request.
    /// </summary>
    public string SecurityStamp { get; private set; }

    public IReadOnlyList<string> Roles => RolesText.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static User Create(string userName, string displayName, IEnumerable<string> roles, string? culture = null) => new()
    {
        UserName = userName,
        DisplayName = displayName,
        RolesText = string.Join(',', roles),
        Culture = culture,
        SecurityStamp = NewStamp(),
    };

    public void SetPasswordHash(string hash)
    {
        PasswordHash = hash;
        SecurityStamp = NewStamp();
    }

    public void ChangeRoles(IEnumerable<string> roles)
    {
        RolesText = string.Join(',', roles);
        SecurityStamp = NewStamp();
    }

    public void Disable()
    {
        IsDisabled = true;
        SecurityStamp = NewStamp();
    }

    public void Enable() => IsDisabled = false;

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
