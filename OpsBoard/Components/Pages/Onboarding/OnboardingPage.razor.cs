using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using OpsBoard.Auth;
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
    private IReadOnlyList<ItemSummary> _dossiers = [];
    private IReadOnlyList<WorkItem> _awaiting = [];
    private IReadOnlyList<AreaNotification> _notifications = [];
    private IReadOnlyList<string> _areas = [];

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
        _areas = ControlSheetData.AreasOf((await AuthenticationState).User.ToActor());
        await RefreshAsync();
    }

    protected override bool Concerns(ItemChanged change) => change.Type == OnboardingWorkflow.Type;

    protected override async Task RefreshAsync()
    {
        var page = await Runner.RunAsync<ItemQueries, ItemPage>(q => q.ListAsync(new ItemFilter(Type: OnboardingWorkflow.Type, PageSize: 500)));
        _dossiers = page.Items;
        if (_areas.Count > 0)
        {
            var roles = _areas.Select(ControlSheet.RoleOf).ToList();
            _awaiting = await Runner.RunAsync<OnboardingService, IReadOnlyList<WorkItem>>(s => s.AwaitingAsync(_areas));
            _notifications = await Runner.RunAsync<OnboardingService, IReadOnlyList<AreaNotification>>(s => s.NotificationsAsync(roles, 20));
        }
    }

    private static string AreaKey(string role) => ControlSheet.Areas.FirstOrDefault(a => ControlSheet.RoleOf(a) == role) ?? role;
}
