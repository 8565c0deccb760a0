using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Clients;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Items;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Clients;

public sealed class ClientRelinkTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task A_move_that_writes_the_items_client_name_links_it_to_that_client_and_one_that_does_not_leaves_it()
    {
        var carla = await server.ClientFor("carla");
        var tag = ClientsKit.Tag();
        var first = await carla.RegisterClient(new { name = $"Primeira {tag} Ltda", segment = "company" });
        var second = await carla.RegisterClient(new { name = $"Segunda {tag} Ltda", segment = "company" });
        var claim = await carla.CreateItemFor(first.Id(), "claim", new { client = $"Primeira {tag} Ltda" });

        // The hook as the write path calls it: the item changed in memory, inside the move's transaction.
        long? relinked;
        long? untouched;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
            var hook = new ClientMoveHook();
            var item = await db.Items.AsNoTracking().SingleAsync(i => i.Id == claim.Id());
            var renamed = new Dictionary<string, object?> { ["client"] = $"SEGUNDA {tag.ToLowerInvariant()} LTDA." };
            item.Apply(new ItemMove(item.State, item.QueueKey, renamed, null, false, DateTimeOffset.UtcNow));
            await hook.OnMoveAsync(Context(db, item, renamed), default);
            relinked = item.ClientId;
            var other = await db.Items.AsNoTracking().SingleAsync(i => i.Id == claim.Id());
            await hook.OnMoveAsync(Context(db, other, new Dictionary<string, object?> { ["rootCause"] = "x" }), default);
            untouched = other.ClientId;
        }

        Assert.Equal(second.Id(), relinked);
        Assert.Equal(second.Id(), untouched);
        Assert.Contains(claim.Id(), await carla.ItemIdsOf(second.Id()));
        Assert.DoesNotContain(claim.Id(), await carla.ItemIdsOf(first.Id()));
    }

    private static MoveContext Context(OpsBoardDbContext db, WorkItem item, IReadOnlyDictionary<string, object?> changes) =>
        new(db, [new MadeMove(item, Actor.Of("carla", "Lead"), "Annotate", item.State, item.State, changes)], DateTimeOffset.UtcNow);
}
