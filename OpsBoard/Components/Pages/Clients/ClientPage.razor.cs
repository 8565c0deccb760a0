using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Auth;
using OpsBoard.Clients;
using OpsBoard.Components.Kit;
using OpsBoard.Components.Live;
using OpsBoard.Contacts;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;
using OpsBoard.Items.Visibility;
using OpsBoard.Live;
using OpsBoard.Views;

namespace OpsBoard.Components.Pages.Clients;

/// <summary>
/// One client across every desk: the record, the totals of the work the reader may see, the contacts logged on it and that work, live:
/// an item created or moved for this client anywhere shows here without a reload.
/// </summary>
public sealed partial class ClientPage
{
    private IReadOnlyDictionary<string, object?> _newItemPreset = new Dictionary<string, object?>();
    private static readonly int[] PageSizes = [25, 50, 100];

    private ClientDetail? _detail;
    private IReadOnlyList<ClientContactView> _contacts = [];
    private MudDataGrid<ItemSummary>? _grid;
    private Actor _actor = Actor.Of("anonymous");
    private string? _desk;
    private bool _loaded;
    private bool _mayEdit;
    private bool _editing;

    [Parameter]
    public long Id { get; set; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required Badges Badges { get; init; }

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required WorkflowCatalog Workflows { get; init; }

    [Inject]
    public required IStringLocalizer<ClientText> T { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [Inject]
    public required IStringLocalizer<WorkflowText> Words { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    private IEnumerable<string> Desks => Workflows.All.Select(w => w.Type);

    protected override TimeSpan? RedrawEvery => SlaLook.RefreshEvery;

    protected override async Task OnParametersSetAsync()
    {
        _actor = (await AuthenticationState).User.ToActor();
        _mayEdit = ItemAccess.SeesEverything(_actor);
        await RefreshAsync();
        _loaded = true;
    }

    /// <summary>This client's items, and any item moved between clients: the one it left reads its list again too.</summary>
    protected override bool Concerns(ItemChanged change) => change.ClientId == Id || change.Changes.ContainsKey(ClientLinks.ClientField);

    /// <summary>An edit of this client's record (name, contacts, limit) made on another screen.</summary>
    protected override bool Concerns(LiveNotice notice) => notice is ClientChanged changed && changed.ClientId == Id;

    // The grid keeps its page and order across a refresh, so a push never throws the reader back to page one.
    protected override async Task RefreshAsync()
    {
        _detail = await Runner.RunAsync<ClientQueries, ClientDetail?>(q => q.DetailAsync(Id, _actor));
        _contacts = await Runner.RunAsync<ClientContacts, IReadOnlyList<ClientContactView>>(c => c.LatestAsync(_actor, Id));
        if (_detail is { } detail && !Equals(_newItemPreset.GetValueOrDefault("client"), detail.Client.Name))
        {
            // A new item from here is this client's: the create path links it by this name.
            _newItemPreset = new Dictionary<string, object?> { ["client"] = detail.Client.Name };
        }
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private async Task<GridData<ItemSummary>> LoadAsync(GridState<ItemSummary> state, CancellationToken ct)
    {
        var page = await Runner.RunAsync<ClientQueries, ItemPage>(q => q.ItemsAsync(Id, _actor, _desk, state.Page + 1, state.PageSize, GridSort.Of(state), ct));
        return new GridData<ItemSummary> { Items = page.Items, TotalItems = page.Total };
    }

    private async Task DeskAsync(string? type)
    {
        _desk = type;
        if (_grid is not null)
        {
            _grid.NavigateTo(Page.First);
            await _grid.ReloadServerData();
        }
    }

    private ViewState CurrentView() =>
        new(_desk is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["type"] = _desk }, null, false);

    private Task OpenView(SavedViewDto view) =>
        DeskAsync(view.Filters.GetValueOrDefault("type") is { } type && Desks.Contains(type) ? type : null);

    private void Open(DataGridRowClickEventArgs<ItemSummary> row) => Navigation.NavigateTo($"/items/{row.Item.Id}");

    private static string ContactIcon(string kind) => kind switch
    {
        ClientContact.Phone => Icons.Material.Filled.Phone,
        ClientContact.Email => Icons.Material.Filled.Email,
        _ => Icons.Material.Filled.Chat,
    };

    private static string? ContactHref(ClientContact contact) => contact.Kind switch
    {
        ClientContact.Phone => "tel:" + new string([.. contact.Value.Where(c => char.IsAsciiDigit(c) || c == '+')]),
        ClientContact.Email => "mailto:" + contact.Value,
        _ => null,
    };
}
