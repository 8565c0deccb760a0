using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using OpsBoard.Auth;
using OpsBoard.Collections;
using OpsBoard.Collections.Compliance;
using OpsBoard.Components.Live;
using OpsBoard.Items;

namespace OpsBoard.Components.Pages.Collections;

/// <summary>
/// Logs a call on a case through the same command the API uses, after asking whether the debtor may be called now:
/// when not, the outcomes stay disabled under the reason, and only a Lead's exception note opens them.
/// </summary>
public sealed partial class CallPanel
{
    private string? _note;
    private string? _error;
    private bool _busy;
    private string? _exception;
    private CallCheck? _check;
    private bool _lead;
    private long _checked;

    [Parameter, EditorRequired]
    public long CaseId { get; set; }

    /// <summary>Told after a call is logged, so the host can close the panel.</summary>
    [Parameter]
    public EventCallback OnLogged { get; set; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required MudBlazor.ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<CollectionsText> T { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    private bool MayCall => _check is not { Allowed: false } || (_lead && !string.IsNullOrWhiteSpace(_exception));

    protected override async Task OnParametersSetAsync()
    {
        if (_checked == CaseId)
        {
            return;
        }
        _checked = CaseId;
        var actor = (await AuthenticationState).User.ToActor();
        _lead = actor.IsInAnyRole(Domain.Roles.Leads);
        _exception = null;
        _check = await Runner.RunAsync<CallChecks, CallCheck?>(c => c.ForAsync(actor, CaseId));
    }

    private async Task LogAsync(string outcome)
    {
        _busy = true;
        _error = null;
        var actor = (await AuthenticationState).User.ToActor();
        var exception = _check is { Allowed: false } ? _exception : null;
        var result = await Runner.RunAsync<CallLog, CommandResult>(c => c.LogAsync(actor, CaseId, new LogCallRequest(outcome, _note, null, exception)));
        _busy = false;
        if (!result.Succeeded)
        {
            _error = result.Errors?.Values.SelectMany(e => e).FirstOrDefault() ?? result.Detail;
            return;
        }
        _note = null;
        _checked = 0;
        await OnParametersSetAsync();
        Snackbar.Add(T["CallLogged"], MudBlazor.Severity.Success);
        await OnLogged.InvokeAsync();
    }
}
