using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using OpsBoard.Auth;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Workflows.Operations;
using OpsBoard.Fx;
using OpsBoard.Fx.Exposure;
using OpsBoard.Live;

namespace OpsBoard.Components.Pages.Fx;

/// <summary>The desk's open positions per currency and direction, read again whenever an operation moves.</summary>
public sealed partial class ExposurePage
{
    private ExposureView? _view;

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required IStringLocalizer<FxText> T { get; init; }

    [Inject]
    public required IStringLocalizer<WorkflowText> Words { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    protected override async Task OnInitializedAsync()
    {
        base.OnInitialized();
        await RefreshAsync();
    }

    protected override bool Concerns(ItemChanged change) => change.Type == OperationWorkflow.Type;

    protected override async Task RefreshAsync()
    {
        var actor = (await AuthenticationState).User.ToActor();
        _view = await Runner.RunAsync<ExposureQuery, ExposureView>(q => q.ReadAsync(actor));
    }

    private static string Money(decimal amount) => amount.ToString("N2", CultureInfo.CurrentCulture);

    private static string Usd(decimal amount) => "USD " + Money(amount);

    private string Cell(ExposureAmount amount, string currency) => amount.Amount == 0m
        ? "—"
        : $"{currency} {Money(amount.Amount)} · {(amount.Usd is { } usd ? Usd(usd) : T["NotSet"])}";
}
