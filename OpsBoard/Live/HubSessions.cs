using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;
using OpsBoard.Auth;

namespace OpsBoard.Live;

/// <summary>
/// The hub connections open now, so that a person disabled or a wallboard TV revoked loses its live feed at
/// once: a connection is checked when it opens and not at every message after that.
/// </summary>
public sealed class HubSessions : IDisposable
{
    private readonly ConcurrentDictionary<string, HubCallerContext> _open = new(StringComparer.Ordinal);
    private readonly SessionCheck _check;

    public HubSessions(SessionCheck check)
    {
        _check = check;
        _check.Ended += End;
    }

    public int Count => _open.Count;

    public void Opened(HubCallerContext connection) => _open[connection.ConnectionId] = connection;

    public void Closed(HubCallerContext connection) => _open.TryRemove(connection.ConnectionId, out _);

    public void Dispose() => _check.Ended -= End;

    private void End(Func<ClaimsPrincipal, bool> whose) => _ = EndAsync(whose);

    // Only a session that no longer stands is cut: someone else's change of roles leaves a valid one open.
    private async Task EndAsync(Func<ClaimsPrincipal, bool> whose)
    {
        foreach (var connection in _open.Values)
        {
            if (connection.User is { } user && whose(user) && !await _check.StandsAsync(user))
            {
                connection.Abort();
            }
        }
    }
}
