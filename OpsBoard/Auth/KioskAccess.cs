using Microsoft.AspNetCore.Authorization;

namespace OpsBoard.Auth;

/// <summary>
/// A wallboard TV signs in as a device, not a person: its principal holds only the Kiosk role. Every page,
/// API and hub asks the default policy, which a kiosk never meets; only the wallboard asks for less.
/// </summary>
public static class KioskAccess
{
    public const string Role = "Kiosk";

    /// <summary>The wallboard's policy: anyone signed in, kiosks too.</summary>
    public const string Wallboard = "Wallboard";

    public static AuthorizationBuilder AddKioskPolicies(this AuthorizationBuilder builder) => builder
        .SetDefaultPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
            .RequireAssertion(c => !c.User.IsInRole(Role)).Build())
        .AddPolicy(Wallboard, p => p.RequireAuthenticatedUser());
}
