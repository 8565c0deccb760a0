using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Items;

/// <summary>On a clock of its own: the test walks it through an afternoon.</summary>
public sealed class TakeBandTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    [Fact]
    public async Task A_due_soon_item_is_served_before_an_on_time_one_due_earlier_on_a_shorter_clock()
    {
        // A story in review has a business day (9 h): entered at 10:00 it warns at 17:12 and is due Thursday 10:00.
        var ana = await server.SignedIn("ana");
        var dueSoon = await ana.CreateItem("story", new { client = "Long clock" }, "Due soon");
        await ana.FireOk(dueSoon.Id(), "StartReview", dueSoon.Version());
        // A story received has four hours: created at 14:50 it warns Thursday 9:02 and is due Thursday 9:50, before the other.
        server.Clock.Advance(TimeSpan.FromMinutes(290));
        ana = await server.SignedIn("ana");
        var onTime = await ana.CreateItem("story", new { client = "Short clock" }, "On time");
        server.Clock.Advance(TimeSpan.FromMinutes(145));
        ana = await server.SignedIn("ana");

        var first = await ana.PostAsync("/api/v1/queues/stories-review/next", null);
        var second = await ana.PostAsync("/api/v1/queues/stories-review/next", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(dueSoon.Id(), (await first.Json()).Id());
        Assert.Equal("nearbreach", ((string)(await ana.GetJson($"/api/v1/items/{dueSoon.Id()}"))["slaStatus"]!).ToLowerInvariant());
        Assert.Equal(onTime.Id(), (await second.Json()).Id());
    }
}
