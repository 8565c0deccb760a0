using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Auth;
using OpsBoard.Items;
using OpsBoard.Turns;

namespace OpsBoard.Api;

/// <summary>The item's last stretch with the broker against the broker's deadline.</summary>
public sealed record BrokerDeadlineView(DateTimeOffset Since, DateTimeOffset? Until, DateTimeOffset DeadlineAt, bool WithBroker, bool Late);

/// <summary>Business minutes an item spent with the desk, the client and the broker, and who holds it now (desk, client, broker; null once done).</summary>
public sealed record ItemTimesView(long ItemId, DateTimeOffset AsOf, string? Holder, double DeskMinutes, double ClientMinutes, double BrokerMinutes,
    BrokerDeadlineView? Broker)
{
    public static ItemTimesView From(ItemTurns turns) => new(turns.ItemId, turns.AsOf, turns.Holder.ToApiName(),
        turns.Times.Desk.TotalMinutes, turns.Times.Client.TotalMinutes, turns.Times.Broker.TotalMinutes,
        turns.Broker is { } b ? new BrokerDeadlineView(b.Since, b.Until, b.DeadlineAt, b.Until is null, b.LateAt(turns.AsOf)) : null);
}

public static class ItemTimesEndpoints
{
    public static RouteGroupBuilder MapItemTimes(this RouteGroupBuilder api)
    {
        api.MapGet("/items/{id:long}/times", Times).WithTags("Items").WithName("ItemTimes")
            .WithSummary("Business time the item spent with the desk, the client and the broker, and the broker's deadline.").Refusals(404);
        return api;
    }

    public static async Task<Results<Ok<ItemTimesView>, ProblemHttpResult>> Times(long id, HttpContext http, ItemQueries queries, ItemTimes times) =>
        await queries.FindAsync(id, http.User.ToActor(), http.RequestAborted) is { } item
            ? TypedResults.Ok(ItemTimesView.From(await times.ForAsync(item.Id, item.Type, http.RequestAborted)))
            : CommandResult.NotFound(id).ToProblem();
}
