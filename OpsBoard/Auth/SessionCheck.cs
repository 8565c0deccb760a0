using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;

namespace OpsBoard.Auth;

/// <summary>
/// Whether a cookie's or token's principal still stands: the user exists, is enabled and has the stamp the
/// session was made with; a kiosk's device is not revoked. Asked on every request, so answers are kept
/// briefly and forgotten as soon as a user or device changes here; the short life covers changes made by
/// the command line in another process.
/// </summary>
public sealed class SessionCheck(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string StampClaim = "security_stamp";
    public const string DeviceClaim = "kiosk_device";
    private static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (string? Stamp, DateTimeOffset Until)> _users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, (bool Active, DateTimeOffset Until)> _devices = new();

    public async Task<bool> StandsAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (principal.FindFirst(DeviceClaim)?.Value is { } device)
        {
            return long.TryParse(device, System.Globalization.CultureInfo.InvariantCulture, out var id) && await DeviceActiveAsync(id, ct);
        }
        if (principal.Identity?.Name is not { Length: > 0 } name)
        {
            return false;
        }
        // Sessions made before stamps existed carry none; their users' stamp is empty until it first changes.
        var stamp = principal.FindFirst(StampClaim)?.Value ?? string.Empty;
        return await CurrentStampAsync(name, ct) == stamp;
    }

    /// <summary>
    /// Raised when a person's or a device's access changed (disabled, revoked, new password, new roles): whatever
    /// holds a connection open for them checks again, since such a connection is not asked at every message.
    /// </summary>
    public event Action<Func<ClaimsPrincipal, bool>>? Ended;

    public void Forget(string userName)
    {
        _users.TryRemove(userName, out _);
        Ended?.Invoke(p => p.FindFirst(DeviceClaim) is null && string.Equals(p.Identity?.Name, userName, StringComparison.Ordinal));
    }

    public void ForgetDevice(long id)
    {
        _devices.TryRemove(id, out _);
        var device = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Ended?.Invoke(p => p.FindFirst(DeviceClaim)?.Value == device);
    }

    private async Task<string?> CurrentStampAsync(string userName, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_users.TryGetValue(userName, out var kept) && kept.Until > now)
        {
            return kept.Stamp;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
        var stamp = await db.Users.AsNoTracking().Where(u => u.UserName == userName && !u.IsDisabled)
            .Select(u => u.SecurityStamp).FirstOrDefaultAsync(ct);
        _users[userName] = (stamp, now + KeptFor);
        return stamp;
    }

    private async Task<bool> DeviceActiveAsync(long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_devices.TryGetValue(id, out var kept) && kept.Until > now)
        {
            return kept.Active;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
        var active = await db.KioskDevices.AsNoTracking().AnyAsync(k => k.Id == id && k.RevokedAt == null, ct);
        _devices[id] = (active, now + KeptFor);
        return active;
    }
}
