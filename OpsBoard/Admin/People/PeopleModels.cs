namespace OpsBoard.Admin.People;

/// <summary>A person as the Admin screens list them: roles and areas apart, and whether they may sign in.</summary>
public sealed record PersonView(string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Areas, string? Culture, bool Disabled);

/// <summary>A new person. Roles holds roles and areas alike; with no password, a temporary one is made and shown once.</summary>
public sealed record NewPersonRequest(string? UserName, string? DisplayName, IReadOnlyList<string>? Roles, string? Culture, string? Password);

public sealed record RolesRequest(IReadOnlyList<string>? Roles);

/// <summary>With no password, a temporary one is made and shown once.</summary>
public sealed record PasswordRequest(string? Password);

/// <summary>The person as they are now; the temporary password only when one was just made.</summary>
public sealed record PersonChanged(PersonView Person, string? TemporaryPassword = null);

public enum PeopleStatus
{
    Done,
    Invalid,
    NotFound,
    Conflict,
}

public sealed record PeopleResult(PeopleStatus Status, PersonChanged? Changed = null, IReadOnlyDictionary<string, string[]>? Errors = null, string? Detail = null)
{
    public static PeopleResult Done(PersonChanged changed) => new(PeopleStatus.Done, changed);

    public static PeopleResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(PeopleStatus.Invalid, Errors: errors, Detail: errors.Values.First()[0]);

    public static PeopleResult NotFound(string userName) => new(PeopleStatus.NotFound, Detail: Auth.PeopleText.Format("UserNotFound", userName));

    public static PeopleResult Conflict(string key, params object?[] args) => new(PeopleStatus.Conflict, Detail: Auth.PeopleText.Format(key, args));
}
