using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;
using OpsBoard.Auth;

namespace OpsBoard.Items.Bulk;

public static class BulkEndpoints
{
    public static RouteGroupBuilder MapBulk(this RouteGroupBuilder api)
    {
        api.MapPost("/items/bulk", Run).WithTags("Items").WithName("BulkItems")
            .WithSummary("Assigns or moves many items, each in its own transaction; one line per item says what moved and what was refused, and why.")
            .Refusals(400, 403);
        return api;
    }

    public static async Task<Results<Ok<BulkResult>, ProblemHttpResult>> Run(BulkRequest request, HttpContext http, BulkHandler bulk)
    {
        var (result, refusal) = await bulk.HandleAsync(http.User.ToActor(), request.ToCommand(), http.RequestAborted);
        return result is null ? refusal!.ToProblem() : TypedResults.Ok(result);
    }
}
