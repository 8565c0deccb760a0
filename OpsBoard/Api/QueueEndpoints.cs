using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Auth;
using OpsBoard.Board;
using OpsBoard.Documents.Protocols;
using OpsBoard.Domain.Queues;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;

namespace OpsBoard.Api;

public static class QueueEndpoints
{
    public static RouteGroupBuilder MapQueues(this RouteGroupBuilder api)
    {
        var queues = api.MapGroup("/queues").WithTags("Queues");
        queues.MapGet("/", List).WithName("ListQueues").WithSummary("The queues the caller may work, with their live counts.");
        queues.MapGet("/{key}/items", Items).WithName("QueueItems").WithSummary("A queue's items, most urgent first.").Refusals(404);
        queues.MapPost("/{key}/next", Next).WithName("TakeNext")
            .WithSummary("Hands the caller the most urgent unassigned item of a queue; 204 when there is none.").Refusals(404);
        api.MapGet("/board", Board).WithTags("Board").WithName("Board").WithSummary("Open, near-breach and breached per queue and state; done today; protocols late back from the broker.");
        return api;
    }

    public static Ok<IEnumerable<QueueTile>> List(HttpContext http, QueueCatalog queues, BoardProjection board)
    {
        var visible = queues.VisibleTo(http.User.ToActor()).Select(q => q.Key).ToHashSet();
        return TypedResults.Ok(board.Snapshot().Queues.Where(t => visible.Contains(t.Key)));
    }

    public static async Task<Results<Ok<ItemPage>, ProblemHttpResult>> Items(string key, int? page, int? pageSize, HttpContext http,
        QueueCatalog queues, ItemQueries items) =>
        Visible(queues, key, http) is null
            ? QueueNotFound(key)
            : TypedResults.Ok(await items.ListAsync(new ItemFilter(Queue: key, Page: page ?? 1, PageSize: pageSize ?? 50), http.User.ToActor(), http.RequestAborted));

    public static async Task<Results<Ok<ItemView>, NoContent, ProblemHttpResult>> Next(string key, HttpContext http, QueueCatalog queues,
        TakeNextHandler take, WorkflowCatalog workflows, TimeProvider clock)
    {
        if (Visible(queues, key, http) is not { } queue)
        {
            return QueueNotFound(key);
        }
        var actor = http.User.ToActor();
        var item = await take.HandleAsync(actor, new TakeNextCommand(queue), http.RequestAborted);
        return item is null ? TypedResults.NoContent() : TypedResults.Ok(ItemView.From(item, workflows.Get(item.Type), actor, clock.GetUtcNow()));
    }

    public static Ok<BoardView> Board(BoardProjection board, ProtocolWatch protocols) =>
        TypedResults.Ok(board.Snapshot() with { LateProtocols = protocols.LateCount() });

    private static QueueDefinition? Visible(QueueCatalog queues, string key, HttpContext http) =>
        queues.Find(key) is { } q && http.User.ToActor().IsInAnyRole(q.Roles) ? q : null;

    private static ProblemHttpResult QueueNotFound(string key) => Problems.Problem(404, "Not found", ApiText.Format("QueueNotFound", key));
}
