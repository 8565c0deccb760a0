using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Auth;
using OpsBoard.Collections;
using OpsBoard.Collections.Deposits;
using OpsBoard.Collections.Goals;
using OpsBoard.Components.Kit;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Live;
using OpsBoard.Views;

namespace OpsBoard.Components.Pages.Collections;

/// <summary>
/// Deposits nobody has claimed yet (or the matched ones, or all), oldest first, searched by reference or channel, each open one
/// matched to a case picked from the open ones in the one match panel; the filters are saved as views and exported as shown.
/// </summary>
public sealed partial class DepositsPage
{
    private IReadOnlyList<UnidentifiedDeposit> _deposits = [];
    private DateTimeOffset _now;
    private Actor _actor = Actor.Of("anonymous");
    private string _status = "open";
    private string? _q;
    private long? _chosen;

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required IOptions<CollectionsOptions> Options { get; init; }

    [Inject]
    public required IStringLocalizer<CollectionsText> T { get; init; }

    [Inject]
    public required IStringLocalizer<GoalsText> Goals { get; init; }

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
        // Matched meanwhile, here or elsewhere: the panel has nothing left to do.
        if (_deposits.FirstOrDefault(d => d.Id == _chosen) is not { IsMatched: false })
        {
            _chosen = null;
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

    private Task StatusAsync(ChangeEventArgs e)
    {
        _status = e.Value as string is { } status && DepositFilter.Statuses.Contains(status) ? status : "open";
        return RefreshAsync();
    }

    private Task SearchAsync(string? q)
    {
        _q = q;
        return RefreshAsync();
    }

    private string Amount(decimal amount) => Money.Format(amount, Options.Value.Currency, Culture);
}
