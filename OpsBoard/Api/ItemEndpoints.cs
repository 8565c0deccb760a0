using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Auth;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;

namespace OpsBoard.Api;

public static class ItemEndpoints
{
    public static RouteGroupBuilder MapItems(this RouteGroupBuilder api)
    {
        var items = api.MapGroup("/items").WithTags("Items");
        items.MapPost("/", Create).WithName("CreateItem").WithSummary("Creates an item in its workflow's first state.").Refusals(400);
        items.MapGet("/{id:long}", Get).WithName("GetItem").WithSummary("An item with the triggers the caller may fire.").Refusals(404);
        items.MapGet("/", List).WithName("ListItems").WithSummary("Items by type, state, assignee, queue and text, a page at a time.");
        items.MapPost("/{id:long}/transitions", Fire).WithName("FireTrigger")
            .WithSummary("Fires a trigger from the version the caller saw.").Refusals(400, 403, 404, 409);
        items.MapPost("/{id:long}/assignment", Assign).WithName("AssignItem")
            .WithSummary("Gives an open item to someone, or back to its queue (leads and managers).").Refusals(400, 403, 404, 409);
        items.MapGet("/{id:long}/history", History).WithName("ItemHistory").WithSummary("Every change of an item, oldest first.").Refusals(404);
        return api;
    }

    public static async Task<Results<Created<ItemView>, ProblemHttpResult>> Create(CreateItemRequest request, HttpContext http,
        CreateHandler create, WorkflowCatalog workflows, TimeProvider clock)
    {
        var actor = http.User.ToActor();
        var result = await create.HandleAsync(actor, request.ToCommand(), http.RequestAborted);
        return result.Succeeded
            ? TypedResults.Created($"/api/v1/items/{result.Item!.Id}", ItemView.From(result.Item, workflows.Get(result.Item.Type), actor, clock.GetUtcNow()))
            : result.ToProblem();
    }

    public static async Task<Results<Ok<ItemView>, ProblemHttpResult>> Get(long id, HttpContext http, ItemQueries queries,
        WorkflowCatalog workflows, TimeProvider clock)
    {
        var item = await queries.FindAsync(id, http.User.ToActor(), http.RequestAborted);
        return item is null
            ? CommandResult.NotFound(id).ToProblem()
            : TypedResults.Ok(ItemView.From(item, workflows.Get(item.Type), http.User.ToActor(), clock.GetUtcNow()));
    }

    public static async Task<Ok<ItemPage>> List(string? type, string? state, string? assignee, string? queue, string? q, int? page, int? pageSize,
        HttpContext http, ItemQueries queries) =>
        TypedResults.Ok(await queries.ListAsync(new ItemFilter(type, state, assignee, queue, q, page ?? 1, pageSize ?? 50), http.User.ToActor(), http.RequestAborted));

    public static async Task<Results<Ok<ItemView>, ProblemHttpResult>> Fire(long id, TransitionRequest request, HttpContext http,
        FireHandler fire, WorkflowCatalog workflows, TimeProvider clock)
    {
        if (request.ToCommand(id, out var refusal) is not { } command)
        {
            return refusal!.ToProblem();
        }
        var actor = http.User.ToActor();
        return Answer(await fire.HandleAsync(actor, command, http.RequestAborted), actor, workflows, clock);
    }

    public static async Task<Results<Ok<ItemView>, ProblemHttpResult>> Assign(long id, AssignRequest request, HttpContext http,
        AssignHandler assign, WorkflowCatalog workflows, TimeProvider clock)
    {
        if (request.ToCommand(id, out var refusal) is not { } command)
        {
            return refusal!.ToProblem();
        }
        var actor = http.User.ToActor();
        return Answer(await assign.HandleAsync(actor, command, http.RequestAborted), actor, workflows, clock);
    }

    public static async Task<Results<Ok<IReadOnlyList<HistoryView>>, ProblemHttpResult>> History(long id, HttpContext http, ItemQueries queries) =>
        await queries.FindAsync(id, http.User.ToActor(), http.RequestAborted) is null
            ? CommandResult.NotFound(id).ToProblem()
            : TypedResults.Ok(await queries.HistoryAsync(id, http.RequestAborted));

    private static Results<Ok<ItemView>, ProblemHttpResult> Answer(CommandResult result, Domain.Engine.Actor actor, WorkflowCatalog workflows, TimeProvider clock) =>
        result.Succeeded ? TypedResults.Ok(ItemView.From(result.Item!, workflows.Get(result.Item!.Type), actor, clock.GetUtcNow())) : result.ToProblem();
}
