using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using OpsBoard.Auth;
using OpsBoard.Collections;
using OpsBoard.Components.Live;
using OpsBoard.Items;

namespace OpsBoard.Components.Pages.Collections;

/// <summary>Logs a call on a case through the same command the API uses.</summary>
public sealed partial class CallPanel
{
    private string? _note;
    private string? _error;
    private bool _busy;

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

    private async Task LogAsync(string outcome)
    {
        _busy = true;
        _error = null;
        var actor = (await AuthenticationState).User.ToActor();
        var result = await Runner.RunAsync<CallLog, CommandResult>(c => c.LogAsync(actor, CaseId, new LogCallRequest(outcome, _note, null)));
        _busy = false;
        if (!result.Succeeded)
        {
            _error = result.Errors?.Values.SelectMany(e => e).FirstOrDefault() ?? result.Detail;
            return;
        }
        _note = null;
        Snackbar.Add(T["CallLogged"], MudBlazor.Severity.Success);
        await OnLogged.InvokeAsync();
    }
}
