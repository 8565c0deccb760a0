using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Items;

namespace OpsBoard.Collections.Compliance;

/// <summary>
/// Refuses a call outside the debtor's window or over the day's attempts, whoever logs it (the calls API, the desk,
/// a contact by phone). A hook inside the write gate, so two calls at once cannot both take the last attempt.
/// A Lead lets a call through by giving an <c>exceptionNote</c>, which the call's history row keeps.
/// </summary>
public sealed class CallComplianceHook(CallCompliance compliance) : IItemMoveHook
{
    public const string ExceptionField = "exceptionNote";

    public async Task<CommandResult?> OnMoveAsync(MoveContext move, CancellationToken ct)
    {
        if (!compliance.Enabled)
        {
            return null;
        }
        foreach (var made in move.Moves.Where(m => m.Item.Type == CollectionWorkflow.Type && m.Trigger == nameof(CollectionTrigger.LogCall)))
        {
            var check = await compliance.CheckAsync(move.Db, made.Item, move.At, ct);
            if (check.Allowed)
            {
                continue;
            }
            var excepted = made.Changes.GetValueOrDefault(ExceptionField) is string { Length: > 0 };
            if (excepted && made.Actor.IsInAnyRole(Roles.Leads))
            {
                continue;
            }
            return excepted
                ? new CommandResult(CommandStatus.Forbidden, made.Item, RuleText.Get(CallCheck.ExceptionNeedsLead), BlockedBy: [CallCheck.ExceptionNeedsLead])
                : new CommandResult(CommandStatus.Blocked, made.Item, check.Detail, BlockedBy: [check.Reason!]);
        }
        return null;
    }
}
