using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Collections.Compliance;
using OpsBoard.Collections.Deposits;
using OpsBoard.Collections.Goals;
using OpsBoard.Items;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Collections;

public static class CollectionsEndpoints
{
    public static RouteGroupBuilder MapCollections(this RouteGroupBuilder api)
    {
        var calls = api.MapGroup("/items/{id:long}/calls").WithTags("Collections");
        calls.MapPost("/", LogCall).WithName("LogCall")
            .WithSummary("Logs a call on a collection case with its outcome and note.").Refusals(400, 403, 404, 409);
        api.MapCallCheck();
        calls.MapGet("/", Calls).WithName("ListCalls").WithSummary("A case's logged calls, newest first.").Refusals(404);

        var desk = api.MapGroup("/collections").WithTags("Collections");
        desk.MapGet("/desk", Desk).WithName("CollectionsDesk")
            .WithSummary("Calls today per agent against their target, what is due today and what was recovered.");
        desk.MapGet("/portfolio", PortfolioOf).WithName("Portfolio")
            .WithSummary("An agent's open cases, the next one to call first (another agent's only for a Lead).").Refusals(403);
        desk.MapDeposits();
        desk.MapDeskGoals();
        return api;
    }

    public static async Task<Results<Created<CallView>, ProblemHttpResult>> LogCall(long id, LogCallRequest request, HttpContext http, CallLog calls)
    {
        var actor = http.User.ToActor();
        var result = await calls.LogAsync(actor, id, request, http.RequestAborted);
        if (!result.Succeeded)
        {
            return result.ToProblem();
        }
        var item = result.Item!;
        var outcome = item.Fields.GetValueOrDefault("callOutcome") as string ?? string.Empty;
        return TypedResults.Created($"/api/v1/items/{id}/calls", new CallView(id, item.UpdatedAt, actor.UserName, outcome,
            string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), item.Version, item.State));
    }

    public static async Task<Results<Ok<IReadOnlyList<CallView>>, ProblemHttpResult>> Calls(long id, HttpContext http, ItemQueries items, CallLog calls) =>
        await items.FindAsync(id, http.User.ToActor(), http.RequestAborted) is null
            ? CommandResult.NotFound(id).ToProblem()
            : TypedResults.Ok(await calls.ListAsync(id, http.RequestAborted));

    public static Ok<DeskView> Desk(DeskProjection projection) => TypedResults.Ok(projection.Snapshot());

    public static async Task<Results<Ok<PortfolioView>, ProblemHttpResult>> PortfolioOf(string? agent, string? state, decimal? minDaysOverdue,
        decimal? maxDaysOverdue, decimal? minAmount, decimal? maxAmount, DateOnly? contactedBefore, HttpContext http, Portfolio portfolio)
    {
        var actor = http.User.ToActor();
        var whose = string.IsNullOrWhiteSpace(agent) ? actor.UserName : agent.Trim().ToLowerInvariant();
        if (!ItemAccess.MayOpenPortfolioOf(actor, whose))
        {
            return Problems.Problem(403, "Not allowed for your role", ApiText.Get("PortfolioLeadsOnly"));
        }
        var filter = new PortfolioFilter(state, minDaysOverdue, maxDaysOverdue, minAmount, maxAmount, contactedBefore);
        return TypedResults.Ok(await portfolio.ForAsync(whose, filter, http.RequestAborted));
    }
}
