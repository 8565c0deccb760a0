using OpsBoard.Api;
using OpsBoard.Documents;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows.Claims;
using OpsBoard.Files;
using OpsBoard.Items;

namespace OpsBoard.Orders;

/// <summary>What the evidence pack of a claim shows: the claim, its order when the reader may see it, its history and its files.</summary>
public sealed record EvidencePack(WorkItem Claim, WorkItem? Order, IReadOnlyList<HistoryView> History, IReadOnlyList<ItemFileView> Files);

/// <summary>Gathers a claim's evidence pack for someone who may see the claim; anything else is not found or not a claim.</summary>
public sealed class EvidencePackQuery(ItemQueries items, ItemFiles files)
{
    public async Task<(EvidencePack? Pack, DocumentRefusal? Refusal)> LoadAsync(long id, Actor viewer, CancellationToken ct = default)
    {
        var claim = await items.FindAsync(id, viewer, ct);
        if (claim is null)
        {
            return (null, new(StatusCodes.Status404NotFound, ApiText.Format("ItemNotFound", id)));
        }
        if (claim.Type != ClaimWorkflow.Type)
        {
            return (null, new(StatusCodes.Status409Conflict, OrderText.Format("NotAClaim", id)));
        }
        var order = claim.Fields.Decimal("orderId") is { } orderId ? await items.FindAsync((long)orderId, viewer, ct) : null;
        var history = await items.HistoryAsync(id, ct);
        var attached = await files.ListAsync(viewer, id, ct) ?? [];
        // Oldest first, as the evidence came in.
        return (new EvidencePack(claim, order, history, [.. attached.Reverse()]), null);
    }
}
