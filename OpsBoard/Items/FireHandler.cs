using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;

namespace OpsBoard.Items;

/// <summary>Fires one trigger on one item, from the version the caller saw.</summary>
public sealed class FireHandler(OpsBoardDbContext db, MovePlanner planner, CommitStep commit, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Actor actor, FireCommand command, CancellationToken ct = default)
    {
        // One connection for the read and the write, opened before the gate: the writer's turn holds only the write.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var (refusal, move) = await planner.PrepareAsync(actor, command, clock, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            return await commit.CommitAsync([move!], command.Also, ct) ?? CommandResult.Ok(move!.Item);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
