using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Microsoft.AspNetCore.Components.Authorization;
using OpsBoard.Auth;
using OpsBoard.Clients;
using OpsBoard.Components.Kit;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Engine;
using OpsBoard.Views;

namespace OpsBoard.Components.Pages.Clients;

/// <summary>Every client, searched by name, code or tax id and filtered by segment, a page at a time from the database.</summary>
public sealed partial class ClientsPage
{
    private static readonly int[] PageSizes = [25, 50, 100];

    private MudDataGrid<ClientSummary>? _grid;
    private string? _search;
    private string? _segment;
    private Actor _actor = Actor.Of("anonymous");

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IStringLocalizer<ClientText> T { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    protected override async Task OnInitializedAsync() => _actor = (await AuthenticationState).User.ToActor();

    /// <summary>The search and segment by the names of the clients' API, so a saved view reads as the list's address would.</summary>
    private ViewState CurrentView()
    {
        var filters = new Dictionary<string, string>();
        if (_search is { } search)
        {
            filters["q"] = search;
        }
        if (_segment is { } segment)
        {
            filters["segment"] = segment;
        }
        return new ViewState(filters, null, false);
    }

    private Task OpenView(SavedViewDto view)
    {
        _search = view.Filters.GetValueOrDefault("q");
        _segment = view.Filters.GetValueOrDefault("segment");
        return ReloadAsync();
    }

    private async Task<GridData<ClientSummary>> LoadAsync(GridState<ClientSummary> state, CancellationToken ct)
    {
        var page = await Runner.RunAsync<ClientQueries, ClientList>(q => q.ListAsync(new ClientFilter(_search, _segment, state.Page + 1, state.PageSize), ct));
        return new GridData<ClientSummary> { Items = page.Items, TotalItems = page.Total };
    }

    private Task SearchAsync(string? text)
    {
        _search = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return ReloadAsync();
    }

    private Task SegmentAsync(string? segment)
    {
        _segment = segment;
        return ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        if (_grid is not null)
        {
            // A narrower search may have fewer pages than the one being read.
            _grid.NavigateTo(Page.First);
            await _grid.ReloadServerData();
        }
    }

    private void Open(DataGridRowClickEventArgs<ClientSummary> row) => Navigation.NavigateTo($"/clients/{row.Item.Id}");
}
