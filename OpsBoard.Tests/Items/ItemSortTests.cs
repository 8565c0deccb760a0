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

    private async Task<ItemPage> ListAsync(ItemFilter filter, ItemSort sort)
    {
        using var scope = server.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ItemQueries>().ListAsync(filter, OpsBoard.Domain.Engine.Actor.Of("carla", OpsBoard.Domain.Roles.Lead), sort);
    }
}
