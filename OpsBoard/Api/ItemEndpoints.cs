using OpsBoard.Auth;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;

namespace OpsBoard.Api;

public static class ItemEndpoints
{
    public static RouteGroupBuilder MapItems(this RouteGroupBuilder api)
    {
        var items = api.MapGroup("/items");
        items.MapPost("/", async (CreateItemRequest request, HttpContext http, CreateHandler create, WorkflowCatalog workflows, TimeProvider clock) =>
        {
            var actor = http.User.ToActor();
            var result = await create.HandleAsync(actor, request.ToCommand(), http.RequestAborted);
            return result.Succeeded
                ? Results.Created($"/api/v1/items/{result.Item!.Id}", ItemView.From(result.Item, workflows.Get(result.Item.Type), actor, clock.GetUtcNow()))
                : result.ToProblem();
        });
        items.MapGet("/{id:long}", async (long id, HttpContext http, ItemQueries queries, WorkflowCatalog workflows, TimeProvider clock) =>
        {
            var item = await queries.FindAsync(id, http.RequestAborted);
            return item is null
                ? CommandResult.NotFound(id).ToProblem()
                : Results.Ok(ItemView.From(item, workflows.Get(item.Type), http.User.ToActor(), clock.GetUtcNow()));
        });
        items.MapGet("/", async (string? type, string? state, string? assignee, string? queue, string? q, int? page, int? pageSize,
            ItemQueries queries, CancellationToken ct) =>
            Results.Ok(await queries.ListAsync(new ItemFilter(type, state, assignee, queue, q, page ?? 1, pageSize ?? 50), ct)));
        items.MapPost("/{id:long}/transitions", async (long id, TransitionRequest request, HttpContext http, FireHandler fire,
            WorkflowCatalog workflows, TimeProvider clock) =>
        {
            var actor = http.User.ToActor();
            return request.ToCommand(id, out var refusal) is { } command
                ? Answer(await fire.HandleAsync(actor, command, http.RequestAborted), actor, workflows, clock)
                : refusal!.ToProblem();
        });
        items.MapPost("/{id:long}/assignment", async (long id, AssignRequest request, HttpContext http, AssignHandler assign,
            WorkflowCatalog workflows, TimeProvider clock) =>
        {
            var actor = http.User.ToActor();
            return request.ToCommand(id, out var refusal) is { } command
                ? Answer(await assign.HandleAsync(actor, command, http.RequestAborted), actor, workflows, clock)
                : refusal!.ToProblem();
        });
        items.MapGet("/{id:long}/history", async (long id, ItemQueries queries, CancellationToken ct) =>
            await queries.FindAsync(id, ct) is null ? CommandResult.NotFound(id).ToProblem() : Results.Ok(await queries.HistoryAsync(id, ct)));
        return api;
    }

    private static IResult Answer(CommandResult result, Domain.Engine.Actor actor, WorkflowCatalog workflows, TimeProvider clock) =>
        result.Succeeded ? Results.Ok(ItemView.From(result.Item!, workflows.Get(result.Item!.Type), actor, clock.GetUtcNow())) : result.ToProblem();
}
