using Microsoft.EntityFrameworkCore;
using OpsBoard.Clients;
using OpsBoard.Data;
using OpsBoard.Domain.Workflows.Claims;
using OpsBoard.Items;

namespace OpsBoard.Orders;

/// <summary>The API's body for a client's claim deadline: business days, or null for the desk's default.</summary>
public sealed record ClaimDaysRequest(int? Days);

/// <summary>Sets the claim deadline a client's contract gives; claims opened afterwards take it, those already open keep theirs.</summary>
public sealed class ClaimDays(OpsBoardDbContext db, TimeProvider clock)
{
    public async Task<CommandResult?> SetAsync(long clientId, int? days, CancellationToken ct = default)
    {
        if (days is < 1 or > ClaimWorkflow.MaxContractDays)
        {
            return CommandResult.Invalid(new Dictionary<string, string[]> { ["days"] = [OrderText.Format("ClaimDaysInvalid", ClaimWorkflow.MaxContractDays)] });
        }
        var client = await db.Clients().FirstOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null)
        {
            return new CommandResult(CommandStatus.NotFound, Detail: ClientText.Format("ClientUnknown", clientId));
        }
        client.SetClaimDays(days, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        db.Entry(client).State = EntityState.Detached;
        return null;
    }

    public Task<int?> GetAsync(long clientId, CancellationToken ct = default) =>
        db.Clients().AsNoTracking().Where(c => c.Id == clientId).Select(c => c.ClaimDaysAllowed).FirstOrDefaultAsync(ct);
}
