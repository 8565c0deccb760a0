using Microsoft.EntityFrameworkCore;
using OpsBoard.Clients;
using OpsBoard.Domain.Workflows.Operations;
using OpsBoard.Items;

namespace OpsBoard.Fx.Limits;

/// <summary>
/// Refuses closing an operation that would take its client over the approved limit, unless a Lead gives a note.
/// A hook rather than a guard: it reads the client's other operations inside the write gate and the close's
/// transaction, so two closes at once cannot both fit under the same room.
/// </summary>
public sealed class ClientLimitHook(LimitUsage usage) : IItemMoveHook
{
    public const string OverrideField = "limitOverrideNote";

    public async Task<CommandResult?> OnMoveAsync(MoveContext move, CancellationToken ct)
    {
        foreach (var made in move.Moves)
        {
            if (made.Item.Type != OperationWorkflow.Type || made.Trigger != nameof(OperationTrigger.Close) || made.Item.ClientId is not { } clientId)
            {
                continue;
            }
            var client = await move.Db.Clients().AsNoTracking().FirstOrDefaultAsync(c => c.Id == clientId, ct);
            if (client?.LimitAmount is not { } limitAmount)
            {
                continue;
            }
            var check = await usage.CheckAsync(move.Db, made.Item, limitAmount, client.LimitCurrency ?? "USD", move.At, ct);
            if (check.Fits)
            {
                continue;
            }
            var overridden = made.Changes.GetValueOrDefault(OverrideField) is string { Length: > 0 };
            if (overridden && made.Actor.IsInAnyRole(Roles.Leads))
            {
                continue;
            }
            var reason = overridden ? "LimitOverrideNeedsLead" : check.LimitUsd is null ? "LimitNoRate" : "LimitExceeded";
            return new CommandResult(overridden ? CommandStatus.Forbidden : CommandStatus.Blocked, made.Item, check.Describe(reason), BlockedBy: [reason]);
        }
        return null;
    }
}
