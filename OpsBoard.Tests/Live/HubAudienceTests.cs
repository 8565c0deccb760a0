using OpsBoard.Tests.Collections;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Live;

/// <summary>
/// The board and queue topics follow the visibility rule: each subscriber hears only of items they may see. A change
/// made after the hidden ones is the marker: changes arrive in commit order, so once it is in, nothing hidden is coming.
/// </summary>
public sealed class HubAudienceTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task An_agent_on_the_board_hears_of_a_collection_case_while_it_waits_in_the_pool_and_not_once_another_agent_holds_it()
    {
        await using var bruno = await Subscribed("bruno", "board");
        await using var carla = await Subscribed("carla", "board");
        var ana = await server.ClientFor("ana");

        var hidden = await ana.NewCase($"Hidden debtor {Guid.NewGuid():N}");
        var marker = await ana.CreateItem("claim", new { client = "Marker" });

        // Created into the queue bruno works (he may take it), then taken by ana: hers alone from then on.
        Assert.Equal(1, (await HeardUntil(bruno, marker.Id())).Count(id => id == hidden.Id()));
        Assert.Equal(2, (await HeardUntil(carla, marker.Id())).Count(id => id == hidden.Id()));
    }

    [Fact]
    public async Task A_subscriber_in_several_audiences_of_a_change_hears_it_once()
    {
        // Ana is in the board's audiences of her own changes, of the desk and of her queues, and listens to a queue too.
        await using var hub = await Subscribed("ana", "board");
        await hub.InvokeAsync("Subscribe", "queue:claims");
        var ana = await server.ClientFor("ana");

        var claim = await ana.CreateItem("claim", new { client = $"Heard once {Guid.NewGuid():N}" });
        await ana.FireOk(claim.Id(), "StartInvestigation", 1);
        var marker = await ana.CreateItem("claim", new { client = "Marker" });

        Assert.Equal(2, (await HeardUntil(hub, marker.Id())).Count(id => id == claim.Id()));
    }

    [Fact]
    public async Task An_agent_of_the_collections_queue_hears_of_a_case_nobody_holds_yet_and_no_longer_once_someone_takes_it()
    {
        await using var bruno = await Subscribed("bruno", "queue:collections");
        var ana = await server.ClientFor("ana");

        var pooled = await ana.CreateItem("collection", new { client = $"Pooled {Guid.NewGuid():N}", amountDue = 100m, daysOverdue = 3m });
        var taken = await ana.NewCase($"Taken {Guid.NewGuid():N}");
        var marker = await ana.CreateItem("collection", new { client = "Marker", amountDue = 1m, daysOverdue = 1m });

        var heard = await HeardUntil(bruno, marker.Id());
        Assert.Contains(pooled.Id(), heard);
        Assert.Equal(1, heard.Count(id => id == taken.Id()));
    }

    [Fact]
    public async Task A_dossier_is_heard_of_by_the_areas_and_not_by_an_agent_outside_them()
    {
        await using var bruno = await Subscribed("bruno", "board");
        await using var clara = await Subscribed("clara", "board");
        var carla = await server.ClientFor("carla");

        var dossier = await carla.CreateItem("onboarding", new { client = $"Dossier {Guid.NewGuid():N}" });
        var marker = await carla.CreateItem("claim", new { client = "Marker" });

        Assert.DoesNotContain(dossier.Id(), await HeardUntil(bruno, marker.Id()));
        Assert.Contains(dossier.Id(), await HeardUntil(clara, marker.Id()));
    }

    private async Task<RawHubClient> Subscribed(string user, string topic)
    {
        var hub = await RawHubClient.ConnectAsync(server.BaseAddress, await server.TokenFor(user));
        await hub.InvokeAsync("Subscribe", topic);
        return hub;
    }

    /// <summary>The items heard of, up to and including the marker.</summary>
    private static async Task<List<long>> HeardUntil(RawHubClient hub, long marker)
    {
        var heard = new List<long>();
        while (true)
        {
            var id = (long)(await hub.ReceiveAsync("itemChanged", _ => true, Within))["itemId"]!;
            heard.Add(id);
            if (id == marker)
            {
                return heard;
            }
        }
    }
}
