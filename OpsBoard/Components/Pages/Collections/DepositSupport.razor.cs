using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Auth;
using OpsBoard.Collections.Deposits;
using OpsBoard.Collections.Goals;
using OpsBoard.Components.Live;

namespace OpsBoard.Components.Pages.Collections;

/// <summary>A deposit's supports: the chip with network and age once asked (red when late), else the network to ask and the button.</summary>
public sealed partial class DepositSupport
{
    private string? _network;
    private string? _error;

    [Parameter, EditorRequired]
    public required UnidentifiedDeposit Deposit { get; set; }

    /// <summary>The chip in the deposit's facts once asked; otherwise (false) the form to ask, beside the match.</summary>
    [Parameter]
    public bool Chip { get; set; }

    /// <summary>The page's "now", so it redraws this row when the clock alone moves.</summary>
    [Parameter]
    public DateTimeOffset Now { get; set; }

    [Inject]
    public required TimeProvider Clock { get; init; }

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required IOptions<DepositSupportOptions> Options { get; init; }

    [Inject]
    public required MudBlazor.ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<GoalsText> T { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    private string NetworkName(string? network)
    {
        if (network is null)
        {
            return string.Empty;
        }
        var text = T[$"Network_{network}"];
        return text.ResourceNotFound ? network : text.Value;
    }

    private string Age(DateTimeOffset since)
    {
        var age = Clock.GetUtcNow() - since;
        return age >= TimeSpan.FromDays(1) ? string.Format(CultureInfo.CurrentCulture, T["AgeDays"], (int)age.TotalDays)
            : age >= TimeSpan.FromHours(1) ? string.Format(CultureInfo.CurrentCulture, T["AgeHours"], (int)age.TotalHours)
            : string.Format(CultureInfo.CurrentCulture, T["AgeMinutes"], Math.Max(0, (int)age.TotalMinutes));
    }

    private async Task RequestAsync()
    {
        _error = null;
        if (_network is null)
        {
            _error = T["PickNetwork"];
            return;
        }
        var actor = (await AuthenticationState).User.ToActor();
        var request = new RequestSupportRequest(_network);
        var id = Deposit.Id;
        var result = await Runner.RunAsync<DepositSupports, DepositResult>(s => s.RequestAsync(actor, id, request));
        if (!result.Succeeded)
        {
            _error = result.Errors?.Values.SelectMany(e => e).FirstOrDefault() ?? result.Detail ?? string.Empty;
            return;
        }
        // The page hears of it on the bus, like every other screen on it, and draws the chip.
        Snackbar.Add(string.Format(CultureInfo.CurrentCulture, T["SupportAsked"], NetworkName(_network), id), MudBlazor.Severity.Success);
    }
}
