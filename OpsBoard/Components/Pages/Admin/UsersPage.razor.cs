using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Admin.People;
using OpsBoard.Auth;
using OpsBoard.Components.Kit;
using OpsBoard.Components.Live;

namespace OpsBoard.Components.Pages.Admin;

/// <summary>Where Admins add people, give roles and areas, disable and enable them and reset passwords; every change goes through <see cref="PeopleService"/>.</summary>
public sealed partial class UsersPage
{
    private static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
    private IReadOnlyList<PersonView> _people = [];
    private PersonForm? _form;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _message;
    private Severity _messageSeverity = Severity.Success;
    private (string UserName, string Password)? _temporary;
    private bool _busy;

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required IStringLocalizer<PeopleText> T { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> Screen { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    private static IReadOnlyList<string> Cultures => UiKitExtensions.SupportedCultures;

    // A language by its own name ("русский"), as the person it belongs to would look for it.
    private static string LanguageName(string? culture) =>
        culture is null ? string.Empty : System.Globalization.CultureInfo.GetCultureInfo(culture).NativeName;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() => _people = await Runner.RunAsync<PeopleService, IReadOnlyList<PersonView>>(p => p.ListAsync());

    private void OpenAdd() => Open(new PersonForm(null, ["Agent"]));

    private void OpenRoles(PersonView person) => Open(new PersonForm(person.UserName, [.. person.Roles, .. person.Areas]));

    private void Open(PersonForm form)
    {
        _form = form;
        _errors = new Dictionary<string, string[]>();
        _temporary = null;
    }

    private void Closed(bool visible)
    {
        if (!visible)
        {
            _form = null;
        }
    }

    private void Toggle(string role, bool on)
    {
        if (on)
        {
            _form?.Roles.Add(role);
        }
        else
        {
            _form?.Roles.Remove(role);
        }
    }

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private async Task SaveAsync()
    {
        if (_form is not { } form)
        {
            return;
        }
        var roles = PersonRules.Assignable.Where(form.Roles.Contains).ToList();
        var result = await ChangeAsync(form.Editing is { } name
            ? (p, actor) => p.ChangeRolesAsync(actor, name, roles)
            : (p, actor) => p.CreateAsync(actor, new NewPersonRequest(form.UserName, form.DisplayName, roles, form.Culture, form.Password)));
        if (result.Status == PeopleStatus.Invalid)
        {
            _errors = result.Errors!;
        }
        else if (result.Status == PeopleStatus.Done)
        {
            _form = null;
        }
    }

    private Task DisableAsync(PersonView person) => ChangeAsync((p, actor) => p.DisableAsync(actor, person.UserName));

    private Task EnableAsync(PersonView person) => ChangeAsync((p, actor) => p.EnableAsync(actor, person.UserName));

    private Task ResetAsync(PersonView person) => ChangeAsync((p, actor) => p.ResetPasswordAsync(actor, person.UserName, null));

    /// <summary>Runs one change as the signed-in Admin, says how it went, shows a temporary password once, and reloads the list.</summary>
    private async Task<PeopleResult> ChangeAsync(Func<PeopleService, string, Task<PeopleResult>> change)
    {
        _busy = true;
        try
        {
            var actor = (await AuthenticationState).User.Identity?.Name ?? "anonymous";
            var result = await Runner.RunAsync<PeopleService, PeopleResult>(p => change(p, actor));
            _temporary = result.Changed is { TemporaryPassword: { } password } changed ? (changed.Person.UserName, password) : null;
            (_message, _messageSeverity) = result.Status == PeopleStatus.Done ? (T["Done"].Value, Severity.Success) : (result.Detail, Severity.Error);
            await LoadAsync();
            return result;
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>What the add or edit dialog holds; Editing names the person whose roles change, null when adding.</summary>
    private sealed class PersonForm(string? editing, IEnumerable<string> roles)
    {
        public string? Editing { get; } = editing;

        public HashSet<string> Roles { get; } = [.. roles];

        public string? UserName { get; set; }

        public string? DisplayName { get; set; }

        public string? Culture { get; set; }

        public string? Password { get; set; }
    }
}
