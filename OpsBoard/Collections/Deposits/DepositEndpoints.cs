using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Items;

namespace OpsBoard.Collections.Deposits;

public static class DepositEndpoints
{
    public static RouteGroupBuilder MapDeposits(this RouteGroupBuilder desk)
    {
        desk.MapGet("/deposits", List).WithName("ListDeposits").WithSummary("Unidentified deposits: open (default), matched or all, oldest first; q searches the reference and the channel.");
        desk.MapPost("/deposits", Register).WithName("RegisterDeposit").WithSummary("Registers a deposit nobody has matched to a case yet.").Refusals(400);
        desk.MapPost("/deposits/{id:long}/match", Match).WithName("MatchDeposit")
            .WithSummary("Matches a deposit to its case, paying the case in the same transaction.").Refusals(400, 403, 404, 409);
        desk.MapGet("/deposits/{id:long}/candidates", Candidates).WithName("DepositCandidates")
            .WithSummary("Cases the deposit may pay, found by number, client or amount: the client the reference names first, then the closest amount.").Refusals(404);
        desk.MapPost("/deposits/{id:long}/support", RequestSupport).WithName("RequestDepositSupport")
            .WithSummary("Marks a deposit as waiting on its supports from a payment network; late after the configured business days.").Refusals(400, 404, 409);
        return desk;
    }

    public static async Task<Results<Ok<DepositView>, ProblemHttpResult>> RequestSupport(long id, RequestSupportRequest? request, HttpContext http,
        DepositSupports supports, TimeProvider clock)
    {
        var result = await supports.RequestAsync(http.User.ToActor(), id, request, http.RequestAborted);
        return result.Succeeded ? TypedResults.Ok(DepositView.From(result.Deposit!, clock.GetUtcNow())) : result.ToProblem();
    }

    public static async Task<Results<Ok<IReadOnlyList<OpenCase>>, ProblemHttpResult>> Candidates(long id, string? q, HttpContext http, DepositCandidates candidates) =>
        await candidates.FindAsync(id, q, http.User.ToActor(), http.RequestAborted) is { } found
            ? TypedResults.Ok(found)
            : new CommandResult(CommandStatus.NotFound, Detail: ApiText.Format("DepositNotFound", id)).ToProblem();

    public static async Task<Ok<IEnumerable<DepositView>>> List(string? status, string? q, DepositDesk deposits, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return TypedResults.Ok((await deposits.ListAsync(status, q, ct)).Select(d => DepositView.From(d, now)));
    }

    public static async Task<Results<Created<DepositView>, ProblemHttpResult>> Register(RegisterDepositRequest request, HttpContext http,
        DepositDesk deposits, TimeProvider clock)
    {
        var result = await deposits.RegisterAsync(http.User.ToActor(), request, http.RequestAborted);
        return result.Succeeded
            ? TypedResults.Created($"/api/v1/collections/deposits/{result.Deposit!.Id}", DepositView.From(result.Deposit, clock.GetUtcNow()))
            : result.ToProblem();
    }

    public static async Task<Results<Ok<DepositView>, ProblemHttpResult>> Match(long id, MatchDepositRequest request, HttpContext http,
        DepositDesk deposits, TimeProvider clock)
    {
        var result = await deposits.MatchAsync(http.User.ToActor(), id, request, http.RequestAborted);
        return result.Succeeded ? TypedResults.Ok(DepositView.From(result.Deposit!, clock.GetUtcNow())) : result.ToProblem();
    }

    private static ProblemHttpResult ToProblem(this DepositResult result) => result.Move is { } move
        ? move.ToProblem()
        : new CommandResult(result.Status, Detail: result.Detail, Errors: result.Errors).ToProblem();
}
