using OpsBoard.Auth;
using OpsBoard.Board;
using OpsBoard.Domain.Queues;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;

namespace OpsBoard.Api;

public static class QueueEndpoints
{
    public static RouteGroupBuilder MapQueues(this RouteGroupBuilder api)
    {
        api.MapGet("/queues", (HttpContext http, QueueCatalog queues, BoardProjection board) =>
        {
            var visible = queues.VisibleTo(http.User.ToActor()).Select(q => q.Key).ToHashSet();
            return Results.Ok(board.Snapshot().Queues.Where(t => visible.Contains(t.Key)));
        });
        api.MapGet("/queues/{key}/items", async (string key, int? page, int? pageSize, HttpContext http, QueueCatalog queues, ItemQueries items) =>
            Visible(queues, key, http) is null
                ? QueueNotFound(key)
                : Results.Ok(await items.ListAsync(new ItemFilter(Queue: key, Page: page ?? 1, PageSize: pageSize ?? 50), http.RequestAborted)));
        api.MapPost("/queues/{key}/next", async (string key, HttpContext http, QueueCatalog queues, TakeNextHandler take,
            WorkflowCatalog workflows, TimeProvider clock) =>
        {
            if (Visible(queues, key, http) is not { } queue)
            {
                return QueueNotFound(key);
            }
            var actor = http.User.ToActor();
            var item = await take.HandleAsync(actor, new TakeNextCommand(queue), http.RequestAborted);
            return item is null ? Results.NoContent() : Results.Ok(ItemView.From(item, workflows.Get(item.Type), actor, clock.GetUtcNow()));
        });
        api.MapGet("/board", (BoardProjection board) => Results.Ok(board.Snapshot()));
        return api;
    }

    private static QueueDefinition? Visible(QueueCatalog queues, string key, HttpContext http) =>
        queues.Find(key) is { } q && http.User.ToActor().IsInAnyRole(q.Roles) ? q : null;

    private static IResult QueueNotFound(string key) =>
        Results.Problem(statusCode: 404, title: "Not found", detail: $"There is no queue '{key}' you may work.");
}
