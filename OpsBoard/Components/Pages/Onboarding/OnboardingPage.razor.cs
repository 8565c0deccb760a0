using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Auth;
using OpsBoard.Components.Kit;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Items;
using OpsBoard.Live;
using OpsBoard.Onboarding;

namespace OpsBoard.Components.Pages.Onboarding;

/// <summary>Every dossier, and for area responders the dossiers awaiting their line and their notifications, kept live.</summary>
public sealed partial class OnboardingPage
{
    private static readonly int[] PageSizes = [25, 50, 100];
    private MudDataGrid<ItemSummary>? _grid;
    private IReadOnlyList<WorkItem> _awaiting = [];
    private IReadOnlyList<AreaNotification> _notifications = [];
    private IReadOnlyList<string> _areas = [];
    private Domain.Engine.Actor _actor = Domain.Engine.Actor.Of("anonymous");

    [Inject]
    public required OpsBoard.Components.Kit.Badges Badges { get; init; }

    protected override TimeSpan? RedrawEvery => OpsBoard.Components.Kit.SlaLook.RefreshEvery;

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IStringLocalizer<OnboardingText> L { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> S { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    protected override async Task OnInitializedAsync()
    {
        _actor = (await AuthenticationState).User.ToActor();
        _areas = ControlSheetData.AreasOf(_actor);
        await RefreshAsync();
    }

    protected override bool Concerns(ItemChanged change) => change.Type == OnboardingWorkflow.Type;

    protected override async Task RefreshAsync()
    {
        // The grid keeps its page and order across a refresh, so a push never throws the reader back to page one.
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
        if (_areas.Count > 0)
        {
            var roles = _areas.Select(ControlSheet.RoleOf).ToList();
            _awaiting = await Runner.RunAsync<OnboardingService, IReadOnlyList<WorkItem>>(s => s.AwaitingAsync(_areas));
            _notifications = await Runner.RunAsync<OnboardingService, IReadOnlyList<AreaNotification>>(s => s.NotificationsAsync(roles, 20));
        }
    }

    private async Task<GridData<ItemSummary>> LoadAsync(GridState<ItemSummary> state, CancellationToken ct)
    {
        var filter = new ItemFilter(Type: OnboardingWorkflow.Type, Page: state.Page + 1, PageSize: state.PageSize);
        var page = await Runner.RunAsync<ItemQueries, ItemPage>(q => q.ListAsync(filter, _actor, GridSort.Of(state), ct));
        return new GridData<ItemSummary> { Items = page.Items, TotalItems = page.Total };
    }

    private void Open(DataGridRowClickEventArgs<ItemSummary> row) => Navigation.NavigateTo($"/onboarding/{row.Item.Id}");

    private static string AreaKey(string role) => ControlSheet.Areas.FirstOrDefault(a => ControlSheet.RoleOf(a) == role) ?? role;
}
