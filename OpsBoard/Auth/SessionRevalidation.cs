using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace OpsBoard.Auth;

/// <summary>
/// A page stays open for hours over one connection, with no request for the cookie check to see; the
/// circuit asks again every minute, so a disabled person or a revoked TV loses the page it has open.
/// </summary>
internal sealed class SessionRevalidation(ILoggerFactory loggers, SessionCheck check) : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        authenticationState.User.Identity?.IsAuthenticated != true || await check.StandsAsync(authenticationState.User, cancellationToken);
}
