using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Auth;
using OpsBoard.Data;

namespace OpsBoard.Admin.Kiosks;

public sealed record KioskView(long Id, string Name, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt);

/// <summary>The device and its sign-in link; the link's secret is shown this once and never stored.</summary>
public sealed record KioskRegistered(KioskView Kiosk, string Link);

public sealed record RegisterKioskRequest(string? Name);

/// <summary>Registers wallboard TVs, hands out their links, revokes them, and signs a TV in from its link.</summary>
public sealed class KioskService(OpsBoardDbContext db, WriteGate gate, TimeProvider clock, SessionCheck sessions, IPeopleAudit audit)
{
    public const string LinkPath = "/kiosk/";

    public async Task<IReadOnlyList<KioskView>> ListAsync(CancellationToken ct = default) =>
        (await db.KioskDevices.AsNoTracking().ToListAsync(ct)).OrderBy(k => k.IsRevoked).ThenBy(k => k.Name, StringComparer.CurrentCulture)
            .Select(View).ToList();

    /// <summary>Null with the reason when the name is not 1 to 64 characters.</summary>
    public async Task<(KioskRegistered? Registered, string? Error)> RegisterAsync(string actor, string? name, CancellationToken ct = default)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > KioskDevice.NameLength)
        {
            return (null, PeopleText.Format("KioskNameRequired", KioskDevice.NameLength));
        }
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var device = KioskDevice.Register(trimmed, Hash(secret), actor, clock.GetUtcNow());
        // The row names the device by the id the insert gives it, so both are saved in one transaction.
        using (await gate.EnterAsync(ct))
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.KioskDevices.Add(device);
            await db.SaveChangesAsync(ct);
            audit.Stage(db, actor, "kiosk.registered", $"kiosk:{device.Id}", trimmed);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        return (new KioskRegistered(View(device), LinkPath + secret), null);
    }

    /// <summary>False when there is no such device; revoking twice is harmless.</summary>
    public async Task<bool> RevokeAsync(string actor, long id, CancellationToken ct = default)
    {
        var device = await db.KioskDevices.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (device is null)
        {
            return false;
        }
        device.Revoke(clock.GetUtcNow());
        audit.Stage(db, actor, "kiosk.revoked", $"kiosk:{id}", device.Name);
        using (await gate.EnterAsync(ct))
        {
            await db.SaveChangesAsync(ct);
        }
        sessions.ForgetDevice(id);
        return true;
    }

    /// <summary>The kiosk principal for a link's secret, or null when no device that is not revoked has it.</summary>
    public async Task<ClaimsPrincipal?> SignInAsync(string secret, CancellationToken ct = default)
    {
        var hash = Hash(secret);
        var device = await db.KioskDevices.AsNoTracking().FirstOrDefaultAsync(k => k.SecretHash == hash && k.RevokedAt == null, ct);
        return device is null
            ? null
            : new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, $"kiosk:{device.Id}"),
                new Claim("display_name", device.Name),
                new Claim(ClaimTypes.Role, KioskAccess.Role),
                new Claim(SessionCheck.DeviceClaim, device.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ], CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static KioskView View(KioskDevice k) => new(k.Id, k.Name, k.CreatedAt, k.CreatedBy, k.RevokedAt);
}
