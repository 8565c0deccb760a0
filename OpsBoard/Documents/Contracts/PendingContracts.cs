using Microsoft.EntityFrameworkCore;
using OpsBoard.Clients;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows.Operations;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Documents.Contracts;

/// <summary>One contract waiting for the client's signature, with where to open the operation and print its contract.</summary>
public sealed record PendingContract(long ItemId, string Title, string Client, decimal Amount, string Currency, decimal? UsdAmount,
    string State, string? ContractNumber, DateTimeOffset UpdatedAt, string Item, string Contract);

/// <summary>
/// The operations that cannot settle until their signed copy is on file: closed or at the broker, at or over the
/// USD threshold, not signed. Only the open operations are read, so the list stays small.
/// </summary>
public sealed class PendingContracts(OpsBoardDbContext db, ItemAccess access, IUsdRates rates)
{
    private static readonly string[] Waiting = [nameof(OperationState.Closed), nameof(OperationState.AtBroker)];

    public async Task<IReadOnlyList<PendingContract>> ListAsync(Actor viewer, CancellationToken ct = default)
    {
        var items = await access.Filter(db.Items.AsNoTracking(), viewer)
            .Where(i => i.Type == OperationWorkflow.Type && Waiting.Contains(i.State)).ToListAsync(ct);
        var pending = items.Where(i => NeedsSignature(i, rates)).OrderBy(i => i.UpdatedAt).ToList();
        var ids = pending.Select(i => i.Id).ToList();
        var numbers = await db.Set<ContractNumber>().AsNoTracking().Where(c => ids.Contains(c.ItemId)).ToDictionaryAsync(c => c.ItemId, c => c.Number, ct);
        var clientIds = pending.Where(i => i.ClientId is not null).Select(i => i.ClientId!.Value).Distinct().ToList();
        var clients = await db.Clients().AsNoTracking().Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return [.. pending.Select(i => new PendingContract(i.Id, i.Title,
            i.ClientId is { } c && clients.TryGetValue(c, out var name) ? name : i.Fields.Text("client") ?? string.Empty,
            i.Fields.GetValueOrDefault("amount") as decimal? ?? 0m, OperationWorkflow.CurrencyOf(f => i.Fields.GetValueOrDefault(f)),
            OperationWorkflow.UsdAmount(f => i.Fields.GetValueOrDefault(f), rates), i.State,
            numbers.TryGetValue(i.Id, out var n) ? ContractNumber.Format(n) : null, i.UpdatedAt,
            $"/items/{i.Id}", $"/api/v1/items/{i.Id}/contract.pdf"))];
    }

    public static bool NeedsSignature(WorkItem item, IUsdRates rates) =>
        OperationWorkflow.NeedsContract(f => item.Fields.GetValueOrDefault(f), rates) && !OperationWorkflow.IsSigned(f => item.Fields.GetValueOrDefault(f));
}
