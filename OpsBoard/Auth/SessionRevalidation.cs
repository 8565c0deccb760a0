using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace OpsBoard.Auth;

/// <summary>
/// A page stays open for hours over one connection, with no request for the cookie check to see; the
/// circuit asks again every minute, and at once when this process disables the person or revokes the TV,
/// so a leaver or a revoked TV loses the page it has open.
/// </summary>
internal sealed class SessionRevalidation : RevalidatingServerAuthenticationStateProvider
{
    private readonly SessionCheck _check;

    public SessionRevalidation(ILoggerFactory loggers, SessionCheck check) : base(loggers)
    {
        _check = check;
        _check.Ended += EndIfOurs;
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        authenticationState.User.Identity?.IsAuthenticated != true || await _check.StandsAsync(authenticationState.User, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        _check.Ended -= EndIfOurs;
        base.Dispose(disposing);
    }

    // Asked again rather than ended outright: a change of roles or password by someone else leaves a session standing.
    private void EndIfOurs(Func<ClaimsPrincipal, bool> whose) => _ = RecheckAsync(whose);

    private async Task RecheckAsync(Func<ClaimsPrincipal, bool> whose)
    {
        var state = await GetAuthenticationStateAsync();
        if (state.User.Identity?.IsAuthenticated == true && whose(state.User) && !await _check.StandsAsync(state.User))
        {
            NotifyAuthenticationStateChanged(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        }
    }
}
