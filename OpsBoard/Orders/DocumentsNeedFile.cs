using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Workflows.Orders;
using OpsBoard.Files;
using OpsBoard.Items;

namespace OpsBoard.Orders;

/// <summary>
/// The primary documents go to accounting as files of the order: sending them is refused, in the move's own
/// transaction, while the order has no file, so a file removed meanwhile cannot slip through.
/// </summary>
public sealed class DocumentsNeedFile : IItemMoveHook
{
    public const string Reason = "OrderDocumentsNeedFile";

    public async Task<CommandResult?> OnMoveAsync(MoveContext move, CancellationToken ct)
    {
        foreach (var made in move.Moves.Where(m => m.Item.Type == OrderWorkflow.Type && m.Trigger == nameof(OrderTrigger.SendDocuments)))
        {
            if (!await move.Db.Set<ItemFile>().AnyAsync(f => f.ItemId == made.Item.Id, ct))
            {
                return new CommandResult(CommandStatus.Blocked, made.Item, RuleText.Get(Reason), BlockedBy: [Reason]);
            }
        }
        return null;
    }
}
