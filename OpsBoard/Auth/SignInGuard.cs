using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsBoard.Audit;
using OpsBoard.Data;

namespace OpsBoard.Auth;

/// <summary>A sign-in's answer: the principal, or a refusal, which names the end of a lockout when there is one.</summary>
public sealed record SignInOutcome(ClaimsPrincipal? Principal, DateTimeOffset? LockedUntil = null);

/// <summary>
/// Every sign-in goes through here: a locked name is refused before its password is looked at, and each
/// attempt leaves an audit row. The failures are counted from those rows, so a restart does not forgive them.
/// </summary>
public sealed class SignInGuard(UserDirectory users, OpsBoardDbContext db, AuditLog audit, TimeProvider clock, IOptions<SignInOptions> options)
{
    private SignInOptions Options => options.Value;

    public async Task<SignInOutcome> SignInAsync(string? userName, string? password, string scheme, CancellationToken ct = default)
    {
        // Names are counted as typed (normalised), whether or not such a user exists: a lockout must not tell.
        var name = (userName ?? "").Trim().ToLowerInvariant();
        name = name.Length > AuditLimits.Subject ? name[..AuditLimits.Subject] : name;
        var now = clock.GetUtcNow();
        if (name.Length > 0 && await LockedUntilAsync(name, now, ct) is { } until)
        {
            await audit.RecordAsync(AuditKind.SignInFailed, name, new { scheme, reason = "locked" }, name, ct);
            return new(null, until);
        }
        var principal = await users.SignInAsync(userName, password, scheme, ct);
        if (principal is not null)
        {
            await audit.RecordAsync(AuditKind.SignIn, name, new { scheme }, name, ct);
            return new(principal);
        }
        await audit.RecordAsync(AuditKind.SignInFailed, name, new { scheme, reason = "credentials" }, name, ct);
        if (name.Length > 0 && await FailuresAsync(name, now, ct) >= Options.MaxFailures)
        {
            var lockedUntil = now + Options.LockoutDuration;
            await audit.RecordAsync(AuditKind.Lockout, name, new { until = lockedUntil, failures = Options.MaxFailures }, name, ct);
            return new(null, lockedUntil);
        }
        return new(null);
    }

    private async Task<DateTimeOffset?> LockedUntilAsync(string name, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - Options.LockoutDuration;
        var last = await Rows(name, AuditKind.Lockout).Where(a => a.At > since).OrderByDescending(a => a.At).Select(a => (DateTimeOffset?)a.At).FirstOrDefaultAsync(ct);
        return last + Options.LockoutDuration;
    }

    /// <summary>
    /// Failures in the window since the last success and since the last lockout ended: each starts the count afresh.
    /// "Since a row" goes by the rows' order, which holds also when two land on the same clock tick.
    /// </summary>
    private async Task<int> FailuresAsync(string name, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - Options.FailureWindow;
        var success = await Rows(name, AuditKind.SignIn).MaxAsync(a => (long?)a.Id, ct) ?? 0;
        var lockout = await Rows(name, AuditKind.Lockout).OrderByDescending(a => a.Id).Select(a => new { a.Id, a.At }).FirstOrDefaultAsync(ct);
        var after = Math.Max(success, lockout?.Id ?? 0);
        if (lockout is not null && lockout.At + Options.LockoutDuration > since)
        {
            // Refusals while locked come after the lockout row but are not fresh guesses at the password.
            since = lockout.At + Options.LockoutDuration;
        }
        return await Rows(name, AuditKind.SignInFailed).CountAsync(a => a.Id > after && a.At >= since, ct);
    }

    private IQueryable<AuditEntry> Rows(string name, string kind) =>
        db.AuditLog.AsNoTracking().Where(a => a.Subject == name && a.Kind == kind);
}
