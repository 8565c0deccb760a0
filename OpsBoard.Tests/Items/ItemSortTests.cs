using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Items;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Items;

public sealed class ItemSortTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task A_queue_is_ordered_searched_and_paged_by_the_database()
    {
        var ana = await server.ClientFor("ana");
        var tag = Guid.NewGuid().ToString("N")[..8];
        foreach (var name in new[] { "Bravo", "Alpha", "Delta", "Charlie" })
        {
            await ana.CreateItem("claim", new { client = name }, $"{tag} {name}");
        }

        var descending = await ListAsync(new ItemFilter(Queue: "claims", Q: tag, Page: 1, PageSize: 3), new ItemSort(ItemSortKey.Title, Descending: true));
        var secondPage = await ListAsync(new ItemFilter(Queue: "claims", Q: tag, Page: 2, PageSize: 3), new ItemSort(ItemSortKey.Title, Descending: true));

        Assert.Equal(4, descending.Total);
        Assert.Equal([$"{tag} Delta", $"{tag} Charlie", $"{tag} Bravo"], descending.Items.Select(i => i.Title));
        Assert.Equal([$"{tag} Alpha"], secondPage.Items.Select(i => i.Title));
    }

    [Fact]
    public async Task A_page_tells_the_whole_total_whether_it_is_full_the_last_or_past_the_end()
    {
        var ana = await server.ClientFor("ana");
        var tag = Guid.NewGuid().ToString("N")[..8];
        for (var n = 0; n < 7; n++)
        {
            await ana.CreateItem("claim", new { client = $"C{n}" }, $"{tag} {n}");
        }

        var totals = new List<(int Total, int Read)>();
        foreach (var (page, size) in new[] { (1, 3), (2, 3), (3, 3), (4, 3), (1, 7), (1, 50) })
        {
            var read = await ListAsync(new ItemFilter(Queue: "claims", Q: tag, Page: page, PageSize: size), ItemSort.Default);
            totals.Add((read.Total, read.Items.Count));
        }

        Assert.Equal([(7, 3), (7, 3), (7, 1), (7, 0), (7, 7), (7, 7)], totals);
    }

    private async Task<ItemPage> ListAsync(ItemFilter filter, ItemSort sort)
    {
        using var scope = server.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ItemQueries>().ListAsync(filter, OpsBoard.Domain.Engine.Actor.Of("carla", OpsBoard.Domain.Roles.Lead), sort);
    }
}
