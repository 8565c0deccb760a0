using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using OpsBoard.Auth;
using OpsBoard.Components.Live;
using OpsBoard.Documents.Contracts;
using OpsBoard.Domain.Workflows.Operations;
using OpsBoard.Fx;
using OpsBoard.Live;

namespace OpsBoard.Components.Pages.Fx;

/// <summary>The contracts waiting for the client's signature, kept live: a row leaves as soon as its signed copy is on file.</summary>
public sealed partial class ContractsPage
{
    private IReadOnlyList<PendingContract> _rows = [];
    private Domain.Engine.Actor _actor = Domain.Engine.Actor.Of("anonymous");

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
        _actor = (await AuthenticationState).User.ToActor();
        await RefreshAsync();
    }

    protected override bool Concerns(ItemChanged change) => change.Type == OperationWorkflow.Type;

    protected override async Task RefreshAsync() =>
        _rows = await Runner.RunAsync<PendingContracts, IReadOnlyList<PendingContract>>(p => p.ListAsync(_actor));
}
