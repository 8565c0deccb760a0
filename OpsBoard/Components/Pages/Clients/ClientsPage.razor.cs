using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
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
    private IReadOnlyList<ClientSummary> _rows = [];
    private int _total;
    private int _page;
    private int _pageSize = TablePager.Sizes[0];
    private bool _loading = true;
    private string? _search;
    private string? _segment;
    private Actor _actor = Actor.Of("anonymous");

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required IStringLocalizer<ClientText> T { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    protected override async Task OnInitializedAsync()
    {
        _actor = (await AuthenticationState).User.ToActor();
        await LoadAsync();
    }

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

    private async Task LoadAsync()
    {
        var list = await Runner.RunAsync<ClientQueries, ClientList>(q => q.ListAsync(new ClientFilter(_search, _segment, _page + 1, _pageSize), CancellationToken.None));
        (_rows, _total, _loading) = (list.Items, list.Total, false);
    }

    private Task SearchAsync(string? text)
    {
        _search = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return ReloadAsync();
    }

    private Task SegmentAsync(ChangeEventArgs e)
    {
        _segment = e.Value is string { Length: > 0 } segment ? segment : null;
        return ReloadAsync();
    }

    // A narrower search may have fewer pages than the one being read: a new filter starts from the first.
    private Task ReloadAsync()
    {
        _page = 0;
        return LoadAsync();
    }

    private Task MoveAsync(PagerMove move)
    {
        (_page, _pageSize) = (move.Page, move.PageSize);
        return LoadAsync();
    }
}
