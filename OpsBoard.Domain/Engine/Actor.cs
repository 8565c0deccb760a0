namespace OpsBoard.Domain.Engine;

/// <summary>Who fires a trigger: a user name and the roles the server trusts for them.</summary>
public sealed record Actor(string UserName, IReadOnlySet<string> Roles)
{
    /// <summary>The actor the background jobs act as, so history shows the system did it.</summary>
    public static Actor System { get; } = new("system", new HashSet<string>(Domain.Roles.All));

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool IsInAnyRole(IEnumerable<string> roles) => roles.Any(Roles.Contains);

    public static Actor Of(string userName, params string[] roles) => new(userName, new HashSet<string>(roles));
}
