using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;

namespace OpsBoard.History;

public static class HistoryEndpoints
{
    public static RouteGroupBuilder MapHistoryAudit(this RouteGroupBuilder api)
    {
        api.MapGet("/audit/verify", Verify).WithTags("Audit").WithName("VerifyHistory")
            .WithSummary("Checks the item history's hash chain: ok, rows checked, and the first row that does not hold, with why.")
            .RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Admin));
        return api;
    }

    public static async Task<Ok<ChainReport>> Verify(OpsBoardDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return TypedResults.Ok(await HistoryVerifier.VerifyAsync(db.Database.GetDbConnection(), ct));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
