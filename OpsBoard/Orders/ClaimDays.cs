using Microsoft.EntityFrameworkCore;
using OpsBoard.Audit;
using OpsBoard.Clients;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows.Claims;
using OpsBoard.Items;
using OpsBoard.Live;

namespace OpsBoard.Orders;

/// <summary>The API's body for a client's claim deadline: business days, or null for the desk's default.</summary>
public sealed record ClaimDaysRequest(int? Days);

/// <summary>
/// Sets the claim deadline a client's contract gives; claims opened afterwards take it, those already open keep theirs.
/// Who changed a client's deadline, and from what, is kept in the audit log as setting changes are.
/// </summary>
public sealed class ClaimDays(OpsBoardDbContext db, WriteGate gate, AuditLog audit, LiveBus bus, TimeProvider clock)
{
    public async Task<CommandResult?> SetAsync(Actor actor, long clientId, int? days, CancellationToken ct = default)
    {
        if (days is < 1 or > ClaimWorkflow.MaxContractDays)
        {
            return CommandResult.Invalid(new Dictionary<string, string[]> { ["days"] = [OrderText.Format("ClaimDaysInvalid", ClaimWorkflow.MaxContractDays)] });
        }
        var now = clock.GetUtcNow();
        using (await gate.EnterAsync(ct))
        {
            var client = await db.Clients().FirstOrDefaultAsync(c => c.Id == clientId, ct);
            if (client is null)
            {
                return new CommandResult(CommandStatus.NotFound, Detail: ClientText.Format("ClientUnknown", clientId));
            }
            var previous = client.ClaimDaysAllowed;
            client.SetClaimDays(days, now);
            db.AuditLog.Add(audit.Entry(AuditKind.SettingChange, $"client-claim-days:{clientId}", new { previous, days }, actor.UserName));
            await db.SaveChangesAsync(ct);
            db.Entry(client).State = EntityState.Detached;
        }
        bus.Publish(new ClientChanged(clientId, actor.UserName, now));
        return null;
    }

    public Task<int?> GetAsync(long clientId, CancellationToken ct = default) =>
        db.Clients().AsNoTracking().Where(c => c.Id == clientId).Select(c => c.ClaimDaysAllowed).FirstOrDefaultAsync(ct);
}
