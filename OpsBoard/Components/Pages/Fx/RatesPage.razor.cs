using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using OpsBoard.Components.Live;
using OpsBoard.Fx;

namespace OpsBoard.Components.Pages.Fx;

/// <summary>The USD reference rates: read by Leads, set by Managers, each change through <see cref="ReferenceRates"/>.</summary>
public sealed partial class RatesPage
{
    private readonly Dictionary<string, decimal?> _drafts = [];
    private IReadOnlyList<RateView> _rates = [];
    private bool _canEdit;
    private bool _busy;
    private bool _error;
    private string? _message;

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required IStringLocalizer<FxText> T { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        _canEdit = user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Admin);
        await LoadAsync();
    }

    private decimal? Draft(RateView rate) => _drafts.TryGetValue(rate.Currency, out var draft) ? draft : rate.UsdPerUnit;

    private async Task LoadAsync()
    {
        _rates = await Runner.RunAsync<ReferenceRates, IReadOnlyList<RateView>>(r => r.ListAsync());
        _drafts.Clear();
    }

    private async Task SaveAsync(string currency)
    {
        _busy = true;
        var actor = (await AuthenticationState).User.Identity?.Name ?? "anonymous";
        var value = _drafts.TryGetValue(currency, out var draft) ? draft : _rates.First(r => r.Currency == currency).UsdPerUnit;
        var (saved, errors) = await Runner.RunAsync<ReferenceRates, (RateView?, Dictionary<string, string[]>?)>(r => r.SetAsync(actor, currency, value));
        _error = errors is not null;
        _message = errors is not null
            ? string.Join(" ", errors.Values.SelectMany(e => e))
            : string.Format(CultureInfo.CurrentCulture, T["Saved"], currency, saved!.UsdPerUnit?.ToString("0.##########", CultureInfo.CurrentCulture));
        await LoadAsync();
        _busy = false;
    }
}
