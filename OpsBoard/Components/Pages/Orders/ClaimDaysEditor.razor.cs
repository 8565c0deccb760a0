using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows.Claims;
using OpsBoard.Items;
using OpsBoard.Orders;

namespace OpsBoard.Components.Pages.Orders;

/// <summary>
/// A client's claim deadline on the client's page: the desk's default, 3 or 5 business days, or another number
/// the contract names. Saved through the same rule as the API, which audits it.
/// </summary>
public sealed partial class ClaimDaysEditor
{
    private const string Default = "default";
    private const string Other = "other";
    private const int MaxDays = ClaimWorkflow.MaxContractDays;
    private int? _days;
    private string _choice = Default;
    private int? _other;
    private string? _error;
    private bool _busy;

    [Parameter, EditorRequired]
    public long ClientId { get; set; }

    [Parameter, EditorRequired]
    public required Actor Actor { get; set; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<OrderText> T { get; init; }

    private bool MayEdit => Actor.IsInAnyRole([Roles.Lead, Roles.Manager, Roles.Admin]);

    private string Shown => _days is { } days ? T["ClaimDaysCount", days] : T["ClaimDaysDefault"];

    // Read once: the client's page redraws on every change of the client's work, which must not undo a choice being made.
    protected override async Task OnInitializedAsync()
    {
        _days = await Runner.RunAsync<ClaimDays, int?>(d => d.GetAsync(ClientId));
        (_choice, _other) = _days switch
        {
            null => (Default, null),
            3 or 5 => (_days.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), null),
            _ => (Other, _days),
        };
    }

    private async Task SaveAsync()
    {
        int? days = _choice switch
        {
            Default => null,
            Other => _other ?? 0,
            _ => int.Parse(_choice, System.Globalization.CultureInfo.InvariantCulture),
        };
        _busy = true;
        var refusal = await Runner.RunAsync<ClaimDays, CommandResult?>(d => d.SetAsync(Actor, ClientId, days));
        _busy = false;
        _error = refusal is null ? null : refusal.Errors?.Values.SelectMany(e => e).FirstOrDefault() ?? refusal.Detail;
        if (refusal is null)
        {
            _days = days;
            Snackbar.Add(T["ClaimDaysSaved"], Severity.Success);
        }
    }
}
