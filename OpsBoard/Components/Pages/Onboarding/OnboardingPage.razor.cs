using System.Text;
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
    private static readonly string AwaitingChip = ChipLook.Classes(Color.Warning, Variant.Filled, "");
    private OpsBoard.Components.Pages.Queues.QueueTable? _table;
    private IReadOnlyList<WorkItem> _awaiting = [];
    private IReadOnlyList<AreaNotification> _notifications = [];
    private IReadOnlyList<string> _areas = [];
    private Domain.Engine.Actor _actor = Domain.Engine.Actor.Of("anonymous");

    protected override TimeSpan? RedrawEvery => OpsBoard.Components.Kit.SlaLook.RefreshEvery;

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required IStringLocalizer<OnboardingText> L { get; init; }

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
        // The list keeps its page and order across a refresh, so a push never throws the reader back to page one.
        if (_table is not null)
        {
            await _table.ReloadAsync();
        }
        if (_areas.Count > 0)
        {
            var roles = _areas.Select(ControlSheet.RoleOf).ToList();
            _awaiting = await Runner.RunAsync<OnboardingService, IReadOnlyList<WorkItem>>(s => s.AwaitingAsync(_areas));
            _notifications = await Runner.RunAsync<OnboardingService, IReadOnlyList<AreaNotification>>(s => s.NotificationsAsync(roles, 20));
        }
    }

    private Task<ItemPage> LoadAsync(int page, int pageSize, ItemSort? sort)
    {
        var filter = new ItemFilter(Type: OnboardingWorkflow.Type, Page: page + 1, PageSize: pageSize);
        return Runner.RunAsync<ItemQueries, ItemPage>(q => q.ListAsync(filter, _actor, sort ?? ItemSort.Default, CancellationToken.None));
    }

    private string AwaitingLinks()
    {
        var html = new StringBuilder();
        foreach (var dossier in _awaiting)
        {
            html.Append("<li><a").Attr("href", $"/onboarding/{dossier.Id}").Append('>').Text(dossier.Title).Append("</a></li>");
        }
        return html.ToString();
    }

    private string NotificationLinks()
    {
        var html = new StringBuilder();
        foreach (var n in _notifications)
        {
            html.Append("<li><a").Attr("href", $"/onboarding/{n.ItemId}").Append("><span class=\"d-block\">").Text($"{n.Client} ({n.ClientCode})")
                .Append("</span><span class=\"mud-typography mud-typography-caption\">").Text($"{L[AreaKey(n.Area)]} · {Time.Format(n.CreatedAt)}")
                .Append("</span></a></li>");
        }
        return html.ToString();
    }

    private static string AreaKey(string role) => ControlSheet.Areas.FirstOrDefault(a => ControlSheet.RoleOf(a) == role) ?? role;
}
