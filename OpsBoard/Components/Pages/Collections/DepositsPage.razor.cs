using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Auth;
using OpsBoard.Collections;
using OpsBoard.Collections.Deposits;
using OpsBoard.Components.Kit;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Live;
using OpsBoard.Views;

namespace OpsBoard.Components.Pages.Collections;

/// <summary>
/// Deposits nobody has claimed yet (or the matched ones, or all), oldest first, searched by reference or channel, each open one
/// matched to a case picked from the open ones; the filters are saved as views and exported as shown.
/// </summary>
public sealed partial class DepositsPage
{
    private readonly Dictionary<long, OpenCase?> _caseFor = [];
    private readonly Dictionary<long, string> _errors = [];
    private IReadOnlyList<UnidentifiedDeposit> _deposits = [];
    private DateTimeOffset _now;
    private Actor _actor = Actor.Of("anonymous");
    private string _status = "open";
    private string? _q;

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required IOptions<CollectionsOptions> Options { get; init; }

    [Inject]
    public required MudBlazor.ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<CollectionsText> T { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    protected override async Task OnInitializedAsync()
    {
        _actor = (await AuthenticationState).User.ToActor();
        await RefreshAsync();
    }

    protected override bool Concerns(ItemChanged change) => change.Type == CollectionWorkflow.Type;

    protected override bool Concerns(LiveNotice notice) => notice is DepositChanged;

    // A support request turns late with the clock alone.
    protected override TimeSpan? RedrawEvery => TimeSpan.FromMinutes(1);

    protected override async Task RefreshAsync()
    {
        _now = Clock.GetUtcNow();
        _deposits = await Runner.RunAsync<DepositDesk, IReadOnlyList<UnidentifiedDeposit>>(d => d.ListAsync(_status, _q));
        foreach (var d in _deposits)
        {
            _caseFor.TryAdd(d.Id, null);
        }
    }

    private string ExportAddress(string format) =>
        $"/api/v1/collections/deposits/export?format={format}&status={_status}{(string.IsNullOrWhiteSpace(_q) ? "" : "&q=" + Uri.EscapeDataString(_q.Trim()))}";

    private ViewState CurrentView() => new(
        string.IsNullOrWhiteSpace(_q) ? new Dictionary<string, string> { ["status"] = _status } : new Dictionary<string, string> { ["status"] = _status, ["q"] = _q.Trim() },
        null, false);

    private Task OpenView(SavedViewDto view)
    {
        _status = view.Filters.GetValueOrDefault("status") is { } status && DepositFilter.Statuses.Contains(status) ? status : "open";
        _q = view.Filters.GetValueOrDefault("q");
        return RefreshAsync();
    }

    private Task StatusAsync(string status)
    {
        _status = status;
        return RefreshAsync();
    }

    private Task SearchAsync(string? q)
    {
        _q = q;
        return RefreshAsync();
    }

    private string Amount(decimal amount) => Money.Format(amount, Options.Value.Currency, Culture);

    private string Describe(OpenCase? c) => c is null ? string.Empty : string.Format(Culture, T["CaseChoice"], c.Id, c.Client, Amount(c.AmountDue));

    // Cases this deposit may pay: the client its reference names and the closest amounts come first.
    private Task<IEnumerable<OpenCase>> SearchAsync(long depositId, string? text, CancellationToken ct) =>
        Runner.RunAsync<DepositCandidates, IEnumerable<OpenCase>>(async d =>
            await d.FindAsync(depositId, text, (await AuthenticationState).User.ToActor(), ct) ?? []);

    private void Pick(long depositId, OpenCase? c)
    {
        _caseFor[depositId] = c;
        _errors.Remove(depositId);
    }

    private async Task MatchAsync(long depositId)
    {
        _errors.Remove(depositId);
        if (_caseFor.GetValueOrDefault(depositId) is not { } picked)
        {
            _errors[depositId] = T["PickCase"];
            return;
        }
        var actor = (await AuthenticationState).User.ToActor();
        var request = new MatchDepositRequest(picked.Id, null);
        var result = await Runner.RunAsync<DepositDesk, DepositResult>(d => d.MatchAsync(actor, depositId, request));
        if (!result.Succeeded)
        {
            _errors[depositId] = result.Errors?.Values.SelectMany(e => e).FirstOrDefault() ?? result.Detail ?? string.Empty;
            return;
        }
        Snackbar.Add(string.Format(Culture, T["DepositMatched"], result.Deposit!.MatchedItemId), MudBlazor.Severity.Success);
        await RefreshAsync();
    }
}
