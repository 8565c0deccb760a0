using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Auth;
using OpsBoard.Data;

namespace OpsBoard.Admin.People;

/// <summary>
/// The one place people are added and changed, for the Admin page, the API and the command line alike. Every
/// change draws a new security stamp where the person's sessions must end, and is told to the audit.
/// </summary>
public sealed class PeopleService(OpsBoardDbContext db, IPasswordHasher<User> hasher, WriteGate gate, SessionCheck sessions, IPeopleAudit audit)
{
    public async Task<IReadOnlyList<PersonView>> ListAsync(CancellationToken ct = default) =>
        (await db.Users.AsNoTracking().ToListAsync(ct)).Select(View).OrderBy(p => p.UserName, StringComparer.Ordinal).ToList();

    public async Task<PeopleResult> CreateAsync(string actor, NewPersonRequest request, CancellationToken ct = default)
    {
        var userName = PersonRules.NormalizeUserName(request.UserName);
        var errors = new Dictionary<string, string[]>();
        PersonRules.CheckUserName(userName, errors);
        PersonRules.CheckDisplayName(request.DisplayName, errors);
        var roles = PersonRules.CheckRoles(request.Roles, errors);
        var culture = PersonRules.CheckCulture(request.Culture, errors);
        var temporary = string.IsNullOrEmpty(request.Password) ? PasswordPolicy.Generate() : null;
        PersonRules.CheckPassword(userName, request.Password ?? temporary, errors);
        if (errors.Count > 0)
        {
            return PeopleResult.Invalid(errors);
        }
        var user = User.Create(userName, request.DisplayName!.Trim(), roles, culture);
        user.SetPasswordHash(hasher.HashPassword(user, request.Password ?? temporary!));
        using (await gate.EnterAsync(ct))
        {
            if (await db.Users.AnyAsync(u => u.UserName == userName, ct))
            {
                return PeopleResult.Conflict("UserNameTaken", userName);
            }
            db.Users.Add(user);
            audit.Stage(db, actor, "user.created", userName, string.Join(',', roles));
            await db.SaveChangesAsync(ct);
        }
        return PeopleResult.Done(new PersonChanged(View(user), temporary));
    }

    public Task<PeopleResult> ChangeRolesAsync(string actor, string userName, IReadOnlyList<string>? roles, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var known = PersonRules.CheckRoles(roles, errors);
        return errors.Count > 0
            ? Task.FromResult(PeopleResult.Invalid(errors))
            : ChangeAsync(actor, userName, "user.roles-changed", string.Join(',', known), async user =>
            {
                if (!known.Contains(Roles.Admin) && await IsLastAdminAsync(user, ct))
                {
                    return PeopleResult.Conflict("LastAdmin", user.UserName);
                }
                user.ChangeRoles(known);
                return null;
            }, ct);
    }

    public Task<PeopleResult> DisableAsync(string actor, string userName, CancellationToken ct = default) =>
        ChangeAsync(actor, userName, "user.disabled", null, async user =>
        {
            if (string.Equals(user.UserName, actor, StringComparison.Ordinal))
            {
                return PeopleResult.Conflict("CannotDisableSelf");
            }
            if (await IsLastAdminAsync(user, ct))
            {
                return PeopleResult.Conflict("LastAdmin", user.UserName);
            }
            user.Disable();
            return null;
        }, ct);

    public Task<PeopleResult> EnableAsync(string actor, string userName, CancellationToken ct = default) =>
        ChangeAsync(actor, userName, "user.enabled", null, user =>
        {
            user.Enable();
            return Task.FromResult<PeopleResult?>(null);
        }, ct);

    /// <summary>Sets the given password, or makes a temporary one to be shown once.</summary>
    public async Task<PeopleResult> ResetPasswordAsync(string actor, string userName, string? password, CancellationToken ct = default)
    {
        var name = PersonRules.NormalizeUserName(userName);
        var temporary = string.IsNullOrEmpty(password) ? PasswordPolicy.Generate() : null;
        var errors = new Dictionary<string, string[]>();
        PersonRules.CheckPassword(name, password ?? temporary, errors);
        if (errors.Count > 0)
        {
            return PeopleResult.Invalid(errors);
        }
        var result = await ChangeAsync(actor, name, "user.password-reset", null, user =>
        {
            user.SetPasswordHash(hasher.HashPassword(user, password ?? temporary!));
            return Task.FromResult<PeopleResult?>(null);
        }, ct);
        return result.Changed is { } changed ? PeopleResult.Done(changed with { TemporaryPassword = temporary }) : result;
    }

    /// <summary>Loads the person, applies the change unless it refuses, saves, and ends their cached session check.</summary>
    private async Task<PeopleResult> ChangeAsync(string actor, string userName, string action, string? detail, Func<User, Task<PeopleResult?>> change,
        CancellationToken ct)
    {
        var name = PersonRules.NormalizeUserName(userName);
        User? user;
        using (await gate.EnterAsync(ct))
        {
            user = await db.Users.FirstOrDefaultAsync(u => u.UserName == name, ct);
            if (user is null)
            {
                return PeopleResult.NotFound(name);
            }
            if (await change(user) is { } refused)
            {
                return refused;
            }
            audit.Stage(db, actor, action, user.UserName, detail);
            await db.SaveChangesAsync(ct);
        }
        sessions.Forget(user.UserName);
        return PeopleResult.Done(new PersonChanged(View(user)));
    }

    /// <summary>Whether the user is the only enabled Admin: taking that away would leave no one to manage people.</summary>
    private async Task<bool> IsLastAdminAsync(User user, CancellationToken ct) =>
        !user.IsDisabled && user.Roles.Contains(Roles.Admin)
        && !(await db.Users.AsNoTracking().Where(u => u.Id != user.Id && !u.IsDisabled).Select(u => u.RolesText).ToListAsync(ct))
            .Any(r => r.Split(',').Contains(Roles.Admin));

    private static PersonView View(User u) => new(u.UserName, u.DisplayName, u.Roles.Where(r => !Roles.AllAreas.Contains(r)).ToList(),
        u.Roles.Where(Roles.AllAreas.Contains).ToList(), u.Culture, u.IsDisabled);
}
