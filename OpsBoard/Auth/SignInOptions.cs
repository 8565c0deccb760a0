namespace OpsBoard.Auth;

/// <summary>OpsBoard:SignIn — how hard guessing passwords is made.</summary>
public sealed class SignInOptions
{
    /// <summary>Failed attempts for one user name within <see cref="FailureWindow"/> that lock the name.</summary>
    public int MaxFailures { get; set; } = 5;

    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Sign-in posts (form and token) one remote address may make per minute, right or wrong. Generous, since a
    /// whole office may share one address; the per-name lockout is what stops guessing at one account.
    /// </summary>
    public int PerAddressPerMinute { get; set; } = 60;
}
