using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Data;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Items;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Collections.Compliance;

/// <summary>Asked before dialling: whether the debtor may be called now, and if not why and from when.</summary>
public static class CallCheckEndpoint
{
    public static RouteGroupBuilder MapCallCheck(this RouteGroupBuilder api)
    {
        api.MapGet("/items/{id:long}/call-check", Check).WithTags("Collections").WithName("CallCheck")
            .WithSummary("Whether the case's debtor may be called now: the reason and the next allowed time when not.").Refusals(404);
        return api;
    }

    public static async Task<Results<Ok<CallCheck>, ProblemHttpResult>> Check(long id, HttpContext http, CallChecks checks) =>
        await checks.ForAsync(http.User.ToActor(), id, http.RequestAborted) is { } check
            ? TypedResults.Ok(check)
            : CommandResult.NotFound(id).ToProblem();
}

/// <summary>The check for a case the actor may see, now; the same reading the call's own hook makes.</summary>
public sealed class CallChecks(OpsBoardDbContext db, ItemAccess access, CallCompliance compliance, TimeProvider clock)
{
    public async Task<CallCheck?> ForAsync(Domain.Engine.Actor actor, long id, CancellationToken ct = default)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null || item.Type != CollectionWorkflow.Type || !await access.CanSeeAsync(actor, item, ct))
        {
            return null;
        }
        return await compliance.CheckAsync(db, item, clock.GetUtcNow(), ct);
    }
}
