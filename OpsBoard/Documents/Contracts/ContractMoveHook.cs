using Microsoft.EntityFrameworkCore;
using OpsBoard.Api;
using OpsBoard.Domain.Workflows.Operations;
using OpsBoard.Files;
using OpsBoard.Items;

namespace OpsBoard.Documents.Contracts;

/// <summary>
/// What an operation's contract needs from the rest of the database, in the move's transaction: closing an
/// operation that needs a contract issues its number; signing names a PDF or image already on the operation.
/// </summary>
public sealed class ContractMoveHook(IUsdRates rates) : IItemMoveHook
{
    public async Task<CommandResult?> OnMoveAsync(MoveContext move, CancellationToken ct)
    {
        foreach (var made in move.Moves.Where(m => m.Item.Type == OperationWorkflow.Type))
        {
            if (made.Trigger == nameof(OperationTrigger.SignContract) && await SignedCopyRefusalAsync(move, made, ct) is { } refusal)
            {
                return refusal;
            }
            if (made.Trigger == nameof(OperationTrigger.Close) && OperationWorkflow.NeedsContract(name => made.Item.Fields.GetValueOrDefault(name), rates))
            {
                await ContractNumbers.IssueAsync(move.Db, made.Item.Id, move.At, ct);
            }
        }
        return null;
    }

    private static async Task<CommandResult?> SignedCopyRefusalAsync(MoveContext move, MadeMove made, CancellationToken ct)
    {
        var sha = made.Changes.GetValueOrDefault("signedCopy") as string;
        var file = sha is null ? null : await move.Db.Set<ItemFile>().AsNoTracking()
            .Where(f => f.ItemId == made.Item.Id && f.Sha256 == sha.ToLowerInvariant())
            .Select(f => new { f.MediaType }).FirstOrDefaultAsync(ct);
        if (file is not null && IsSignable(file.MediaType))
        {
            return null;
        }
        var reason = file is null ? ApiText.Format("SignedCopyNotOnItem", made.Item.Id) : ApiText.Get("SignedCopyNotDocument");
        return CommandResult.Invalid(new Dictionary<string, string[]> { ["signedCopy"] = [reason] });
    }

    /// <summary>A signed paper comes back scanned or photographed: a PDF or an image, never a text file.</summary>
    public static bool IsSignable(string mediaType) => mediaType == FileTypes.Pdf.MediaType || mediaType.StartsWith("image/", StringComparison.Ordinal);
}
