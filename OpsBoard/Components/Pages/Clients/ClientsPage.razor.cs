using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Clients;
using OpsBoard.Components.Live;

namespace OpsBoard.Components.Pages.Clients;

/// <summary>Every client, searched by name, code or tax id and filtered by segment, a page at a time from the database.</summary>
public sealed partial class ClientsPage
{
    private static readonly int[] PageSizes = [25, 50, 100];

    private MudDataGrid<ClientSummary>? _grid;
    private string? _search;
    private string? _segment;

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IStringLocalizer<ClientText> T { get; init; }

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
