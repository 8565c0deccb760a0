using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Clients;
using OpsBoard.Components.Pages.Queues;
using OpsBoard.Domain.Sla;
using OpsBoard.Items;

namespace OpsBoard.Tests.Components.Pages.Queues;

/// <summary>The queue's own table: the database is asked for one page in the order the headers set.</summary>
public sealed class QueueTableTests : MudComponentTest
{
    private readonly List<(int Page, int Size, ItemSort? Sort)> _asked = [];
    private int _total = 60;

    public QueueTableTests() => Services.AddSingleton(new TierBook());

    [Fact]
    public void The_first_page_is_read_in_the_lists_own_order_and_the_pager_says_where_the_reader_is()
    {
        var table = RenderTable();

        Assert.Equal((0, 25, (ItemSort?)null), _asked.Single());
        Assert.Equal(25, table.FindAll("tbody tr").Count);
        Assert.Equal("1–25 of 60", table.Find("[data-test=page-info]").TextContent);
        Assert.True(table.Find("[data-page=MudDataGridPager_PreviousPage]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_header_click_sorts_by_it_from_the_first_page_and_a_second_click_turns_the_order_round()
    {
        var table = RenderTable();
        table.Find("[data-page=MudDataGridPager_NextPage]").Click();

        table.Find("[data-sort=Title]").Click();
        Assert.Equal((0, 25, new ItemSort(ItemSortKey.Title)), _asked[^1]);
        Assert.Equal("ascending", table.Find("th[aria-sort]").GetAttribute("aria-sort"));

        table.Find("[data-sort=Title]").Click();
        Assert.Equal(new ItemSort(ItemSortKey.Title, Descending: true), _asked[^1].Sort);
        Assert.Equal("descending", table.Find("th[aria-sort]").GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task A_reload_keeps_the_page_and_order_and_falls_back_to_the_last_page_that_still_has_items()
    {
        var table = RenderTable();
        table.Find("[data-sort=Due]").Click();
        table.Find("[data-page=MudDataGridPager_LastPage]").Click();
        Assert.Equal((2, 25, new ItemSort(ItemSortKey.Due)), _asked[^1]);

        await table.InvokeAsync(table.Instance.ReloadAsync);
        Assert.Equal((2, 25, new ItemSort(ItemSortKey.Due)), _asked[^1]);

        _total = 30;
        await table.InvokeAsync(table.Instance.ReloadAsync);
        Assert.Equal((1, 25, new ItemSort(ItemSortKey.Due)), _asked[^1]);
        Assert.Equal("26–30 of 30", table.Find("[data-test=page-info]").TextContent);
    }

    [Fact]
    public void A_larger_page_size_reads_from_the_first_page_again()
    {
        var table = RenderTable();
        table.Find("[data-page=MudDataGridPager_NextPage]").Click();

        table.Find("[data-test=page-size]").Change("50");

        Assert.Equal((0, 50, (ItemSort?)null), _asked[^1]);
        Assert.Equal(50, table.FindAll("tbody tr").Count);
    }

    [Fact]
    public void A_saved_views_order_shows_on_its_header_until_the_reader_picks_another()
    {
        var table = Render<QueueTable>(p => p.Add(t => t.Load, Load).Add(t => t.ViewSort, new ItemSort(ItemSortKey.State, true)));

        Assert.Equal(new ItemSort(ItemSortKey.State, true), _asked.Single().Sort);
        Assert.Equal("descending", table.Find("th[aria-sort]").GetAttribute("aria-sort"));
        Assert.Contains("State", table.Find("th[aria-sort]").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<QueueTable> RenderTable() => Render<QueueTable>(p => p.Add(t => t.Load, Load).Add(t => t.From, "claims"));

    private Task<ItemPage> Load(int page, int size, ItemSort? sort)
    {
        _asked.Add((page, size, sort));
        var rows = Enumerable.Range((page * size) + 1, Math.Max(0, Math.Min(size, _total - (page * size))))
            .Select(n => new ItemSummary(n, "claim", $"Claim {n}", "Registered", 1, null, "claims", null, SlaStatus.None,
                DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch))
            .ToList();
        return Task.FromResult(new ItemPage(rows, _total, page + 1, size));
    }
}
