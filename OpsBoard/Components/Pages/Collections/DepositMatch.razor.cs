using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Auth;
using OpsBoard.Collections;
using OpsBoard.Collections.Deposits;
using OpsBoard.Collections.Goals;
using OpsBoard.Components.Live;

namespace OpsBoard.Components.Pages.Collections;

/// <summary>
/// The work on one unmatched deposit: the case it pays, searched among the open ones, and matched; or, when nobody can
/// tell, its supports asked of the payment network. The page hears of either on the bus and redraws the card.
/// </summary>
public sealed partial class DepositMatch
{
    private OpenCase? _case;
    private string? _error;
    private string? _network;
    private string? _networkError;

    [Parameter, EditorRequired]
    public required UnidentifiedDeposit Deposit { get; set; }

    [Parameter]
    public EventCallback OnClose { get; set; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required IOptions<CollectionsOptions> Options { get; init; }

    [Inject]
    public required IOptions<DepositSupportOptions> Supports { get; init; }

    [Inject]
    public required MudBlazor.ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<CollectionsText> T { get; init; }

    [Inject]
    public required IStringLocalizer<GoalsText> Goals { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private string Amount(decimal amount) => Money.Format(amount, Options.Value.Currency, Culture);

    private string Describe(OpenCase? c) => c is null ? string.Empty : string.Format(Culture, T["CaseChoice"], c.Id, c.Client, Amount(c.AmountDue));

    // Cases this deposit may pay: the client its reference names and the closest amounts come first.
    private Task<IEnumerable<OpenCase>> SearchAsync(string? text, CancellationToken ct) =>
        Runner.RunAsync<DepositCandidates, IEnumerable<OpenCase>>(async d =>
            await d.FindAsync(Deposit.Id, text, (await AuthenticationState).User.ToActor(), ct) ?? []);

    private void Pick(OpenCase? c)
    {
        _case = c;
        _error = null;
    }

    private async Task MatchAsync()
    {
        _error = null;
        if (_case is not { } picked)
        {
            _error = T["PickCase"];
            return;
        }
        var actor = (await AuthenticationState).User.ToActor();
        var id = Deposit.Id;
        var result = await Runner.RunAsync<DepositDesk, DepositResult>(d => d.MatchAsync(actor, id, new MatchDepositRequest(picked.Id, null)));
        if (!result.Succeeded)
        {
            _error = result.Errors?.Values.SelectMany(e => e).FirstOrDefault() ?? result.Detail ?? string.Empty;
            return;
        }
        Snackbar.Add(string.Format(Culture, T["DepositMatched"], result.Deposit!.MatchedItemId), MudBlazor.Severity.Success);
        await OnClose.InvokeAsync();
    }

    private async Task RequestAsync()
    {
        _networkError = null;
        if (string.IsNullOrEmpty(_network))
        {
            _networkError = Goals["PickNetwork"];
            return;
        }
        var actor = (await AuthenticationState).User.ToActor();
        var id = Deposit.Id;
        var network = _network;
        var result = await Runner.RunAsync<DepositSupports, DepositResult>(s => s.RequestAsync(actor, id, new RequestSupportRequest(network)));
        if (!result.Succeeded)
        {
            _networkError = result.Errors?.Values.SelectMany(e => e).FirstOrDefault() ?? result.Detail ?? string.Empty;
            return;
        }
        Snackbar.Add(string.Format(Culture, Goals["SupportAsked"], Goals.Network(network), id), MudBlazor.Severity.Success);
    }
}
