using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;

namespace OpsBoard.Auth;

/// <summary>Checks passwords and builds the principal every scheme signs in.</summary>
public sealed class UserDirectory(OpsBoardDbContext db, IPasswordHasher<User> hasher)
{
    public async Task<ClaimsPrincipal?> SignInAsync(string? userName, string? password, string scheme, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return null;
        }
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName.Trim().ToLower(), ct);
        if (user is null)
        {
            // The same work as a wrong password, so the time of a refusal does not tell whether the name exists.
            hasher.VerifyHashedPassword(Nobody, NobodysHash, password);
            return null;
        }
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed || user.IsDisabled)
        {
            return null;
        }
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.UserName),
            new("display_name", user.DisplayName),
            new(SessionCheck.StampClaim, user.SecurityStamp),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    private static readonly User Nobody = User.Create("", "", []);

    private static string? _nobodysHash;

    /// <summary>A hash of a password no one knows, made once with the same hasher (and so the same cost) as real ones.</summary>
    private string NobodysHash => _nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));

    /// <summary>Everyone who can hold work, by display name.</summary>
    public async Task<IReadOnlyList<Person>> PeopleAsync(CancellationToken ct = default) =>
        (await db.Users.AsNoTracking().Select(u => new Person(u.UserName, u.DisplayName)).ToListAsync(ct))
            .OrderBy(p => p.DisplayName, StringComparer.CurrentCulture).ToList();

    public async Task AddAsync(string userName, string displayName, string password, IEnumerable<string> roles, CancellationToken ct = default)
    {
        var user = User.Create(userName.ToLower(), displayName, roles);
        user.SetPasswordHash(hasher.HashPassword(user, password));
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>A member of staff as a list shows them.</summary>
public sealed record Person(string UserName, string DisplayName);
