using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Collections.Deposits;
using OpsBoard.Items;

namespace OpsBoard.Collections;

public static class CollectionsEndpoints
{
    public static RouteGroupBuilder MapCollections(this RouteGroupBuilder api)
    {
        api.MapPost("/items/{id:long}/calls", async (long id, LogCallRequest request, HttpContext http, CallLog calls) =>
        {
            var actor = http.User.ToActor();
            var result = await calls.LogAsync(actor, id, request, http.RequestAborted);
            if (!result.Succeeded)
            {
                return result.ToProblem();
            }
            var item = result.Item!;
            var outcome = item.Fields.GetValueOrDefault("callOutcome") as string ?? string.Empty;
            return Results.Created($"/api/v1/items/{id}/calls", new CallView(id, item.UpdatedAt, actor.UserName, outcome,
                string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), item.Version, item.State));
        });
        api.MapGet("/items/{id:long}/calls", async (long id, ItemQueries items, CallLog calls, CancellationToken ct) =>
            await items.FindAsync(id, ct) is null ? CommandResult.NotFound(id).ToProblem() : Results.Ok(await calls.ListAsync(id, ct)));

        var desk = api.MapGroup("/collections");
        desk.MapGet("/desk", (DeskProjection projection) => Results.Ok(projection.Snapshot()));
        desk.MapGet("/portfolio", async (string? agent, string? state, decimal? minDaysOverdue, decimal? maxDaysOverdue, decimal? minAmount,
            decimal? maxAmount, DateOnly? contactedBefore, HttpContext http, Portfolio portfolio) =>
        {
            var actor = http.User.ToActor();
            var whose = string.IsNullOrWhiteSpace(agent) ? actor.UserName : agent.Trim().ToLowerInvariant();
            if (whose != actor.UserName && !actor.IsInAnyRole(Roles.Leads))
            {
                return Results.Problem(statusCode: 403, title: "Not allowed for your role", detail: "Only a Lead may look at another agent's portfolio.");
            }
            var filter = new PortfolioFilter(state, minDaysOverdue, maxDaysOverdue, minAmount, maxAmount, contactedBefore);
            return Results.Ok(await portfolio.ForAsync(whose, filter, http.RequestAborted));
        });
        desk.MapDeposits();
        return api;
    }

    private static void MapDeposits(this RouteGroupBuilder desk)
    {
        desk.MapGet("/deposits", async (string? status, DepositDesk deposits, TimeProvider clock, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow();
            return Results.Ok((await deposits.ListAsync(status, ct)).Select(d => DepositView.From(d, now)));
        });
        desk.MapPost("/deposits", async (RegisterDepositRequest request, HttpContext http, DepositDesk deposits, TimeProvider clock) =>
        {
            var result = await deposits.RegisterAsync(http.User.ToActor(), request, http.RequestAborted);
            return result.Succeeded
                ? Results.Created($"/api/v1/collections/deposits/{result.Deposit!.Id}", DepositView.From(result.Deposit, clock.GetUtcNow()))
                : result.ToProblem();
        });
        desk.MapPost("/deposits/{id:long}/match", async (long id, MatchDepositRequest request, HttpContext http, DepositDesk deposits, TimeProvider clock) =>
        {
            var result = await deposits.MatchAsync(http.User.ToActor(), id, request, http.RequestAborted);
            return result.Succeeded ? Results.Ok(DepositView.From(result.Deposit!, clock.GetUtcNow())) : result.ToProblem();
        });
    }

    private static IResult ToProblem(this DepositResult result) => result.Move is { } move
        ? move.ToProblem()
        : new CommandResult(result.Status, Detail: result.Detail, Errors: result.Errors).ToProblem();
}
